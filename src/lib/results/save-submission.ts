import { paths } from '../../i18n/routes.ts';
import type { ResultsStore } from '../store/index.ts';
import type { PracticeRule } from '../playbook/index.ts';
import type { ValidSubmission } from './check-submission.ts';
import { newResultRow } from './prepare-submission.ts';
import { createToken, hashToken } from './token.ts';

/**
 * Scores a valid submission on the server, stores it under the hash of a new private token, and
 * returns the token and the private URL. The token exists only in this answer.
 */
export async function saveSubmission(
  store: ResultsStore,
  submission: ValidSubmission,
  practices: readonly PracticeRule[],
): Promise<{ token: string; url: string }> {
  const token = createToken();
  const previousResultId = await previousResultIdOf(store, submission.previous);
  await store.createResultRow(newResultRow(submission, practices, token, previousResultId));
  return { token, url: paths.result(submission.lang, token) };
}

/**
 * The id of the result a retake retakes, from that result's private token. A previous link that no
 * longer works (deleted, mistyped) is simply ignored.
 */
export async function previousResultIdOf(store: ResultsStore, previous: string | undefined): Promise<string | null> {
  if (!previous) return null;
  return (await store.findResult(hashToken(previous)))?.id ?? null;
}
