import { paths } from '../../i18n/routes.ts';
import type { Instrument } from '../schemas/instrument.ts';
import type { PracticeRule } from '../playbook/index.ts';
import type { ResultsTable } from '../store/database.ts';
import { toRow } from '../store/result-row.ts';
import { buildResult } from './build-result.ts';
import { checkSubmission, type SubmissionCheck, type ValidSubmission } from './check-submission.ts';
import { createToken, hashToken } from './token.ts';
import { uuidV7 } from './uuid-v7.ts';

/** What making a result needs of the content: the instruments to score with and the practices to choose from. */
export interface SubmissionContent {
  instruments: ReadonlyMap<string, Instrument>;
  practices: readonly PracticeRule[];
}

/** A new result, made and ready to store: the private token exists only here and in the answer. */
export interface PreparedResult {
  ok: true;
  token: string;
  /** The private result page, `/{lang}/result/{token}`. */
  url: string;
  /** The row to store, without `previous_result_id` (the store is asked for that, see `previous`). */
  row: ResultsTable;
  /** The private token of the result this one retakes, as sent. */
  previous: string | undefined;
}

/** A submission that cannot be stored, and why: the body is not JSON, or it fails a check. */
export type PreparationFailure =
  | { ok: false; problem: 'invalid_json'; reason: string }
  | { ok: false; problem: 'invalid_submission'; check: Extract<SubmissionCheck, { ok: false }> };

export type PreparedSubmission = PreparedResult | PreparationFailure;

/** A new result, stored, with its private token and URL; or why the body cannot be stored. */
export type Submission = { ok: true; token: string; url: string } | PreparationFailure;

/**
 * Makes the row of a new result from a valid submission: a new token (only its hash goes in the row),
 * a new id, the scores, the profile and the playbook, scored on the server.
 */
export function newResultRow(
  submission: ValidSubmission,
  practices: SubmissionContent['practices'],
  token: string,
  previousResultId: string | null,
  now: Date = new Date(),
): ResultsTable {
  // Fields named one by one rather than spread: this runs for every submission.
  const result = buildResult({
    instrument: submission.instrument,
    lang: submission.lang,
    answers: submission.answers,
    safety: submission.safety,
    research: submission.research,
    practices,
    id: uuidV7(now.getTime()),
    createdAt: now,
    previousResultId,
  });
  return toRow(result, hashToken(token));
}

/**
 * Everything `POST /api/v1/results` does before it stores, as one pure step: parses the body, checks
 * it against the schema and the instrument, scores it, and makes the token and the row. It never throws:
 * any body gives either a result to store or the reason it cannot be stored. In production it runs on
 * the submission thread (src/server/submission-thread.ts), so that the event loop only reads requests,
 * stores and answers.
 */
export function prepareSubmission(bodyText: string, content: SubmissionContent): PreparedSubmission {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch (err) {
    return {
      ok: false,
      problem: 'invalid_json',
      reason: (err instanceof Error ? err.message : 'unparseable').slice(0, 200),
    };
  }
  const check = checkSubmission(body, (id) => content.instruments.get(id));
  if (!check.ok) return { ok: false, problem: 'invalid_submission', check };
  const token = createToken();
  return {
    ok: true,
    token,
    url: paths.result(check.value.lang, token),
    row: newResultRow(check.value, content.practices, token, null),
    previous: check.value.previous,
  };
}
