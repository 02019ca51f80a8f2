import { paths } from '../../i18n/routes.ts';
import type { ResultsStore } from '../store/index.ts';
import type { PracticeRule } from '../playbook/index.ts';
import { buildResult } from './build-result.ts';
import type { ValidSubmission } from './check-submission.ts';
import { createToken, hashToken } from './token.ts';
import { uuidV7 } from './uuid-v7.ts';

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
  // A retake remembers which result it retakes (a previous link that no longer works is simply ignored).
  const previous = submission.previous ? await store.findResult(hashToken(submission.previous)) : undefined;
  const result = buildResult({
    ...submission,
    practices,
    id: uuidV7(),
    createdAt: new Date(),
    previousResultId: previous?.id ?? null,
  });
  await store.createResult({ ...result, tokenHash: hashToken(token) });
  return { token, url: paths.result(submission.lang, token) };
}
