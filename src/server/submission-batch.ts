import {
  prepareSubmission,
  type PreparedSubmission,
  type SubmissionContent,
} from '../lib/results/prepare-submission.ts';
import { hashToken } from '../lib/results/token.ts';
import type { SqliteResultWriter } from '../lib/store/dialects/sqlite-result-writer.ts';

/** A body to make a result from, as the server hands it to the submission thread. */
export interface SubmissionTask {
  id: number;
  body: string;
}

/**
 * The thread's answer to one task (it answers every message, a list of tasks, with one list): the
 * result made but not stored (the server stores it) or the reason it cannot be made; the result made
 * and stored on disk; or a failure of the thread's own (a bug, or the database), never with the body.
 */
export type SubmissionReply =
  | { id: number; prepared: PreparedSubmission }
  | { id: number; stored: { token: string; url: string } }
  | { id: number; error: string };

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Makes the result of one task, or says why it cannot be made. */
export function prepareTask({ id, body }: SubmissionTask, content: SubmissionContent): SubmissionReply {
  try {
    return { id, prepared: prepareSubmission(body, content) };
  } catch (err) {
    // prepareSubmission answers every body; this is a bug, reported as one.
    return { id, error: message(err) };
  }
}

/**
 * Makes the results of a group of tasks and stores them together: one transaction and one flush for the
 * whole group. A retake is linked to the result it retakes when that result still exists.
 */
export function prepareAndStore(
  tasks: readonly SubmissionTask[],
  content: SubmissionContent,
  writer: SqliteResultWriter,
): SubmissionReply[] {
  const replies = tasks.map((task) => prepareTask(task, content));
  const made: { at: number; id: number; token: string; url: string }[] = [];
  const rows = [];
  for (const [at, reply] of replies.entries()) {
    if (!('prepared' in reply) || !reply.prepared.ok) continue;
    const { token, url, row, previous } = reply.prepared;
    try {
      row.previous_result_id = previous ? writer.idOf(hashToken(previous)) : null;
    } catch (err) {
      replies[at] = { id: reply.id, error: message(err) };
      continue;
    }
    made.push({ at, id: reply.id, token, url });
    rows.push(row);
  }
  const failures = writer.insertDurably(rows);
  for (const [k, { at, id, token, url }] of made.entries()) {
    const failure = failures[k];
    replies[at] = failure === undefined ? { id, stored: { token, url } } : { id, error: failure };
  }
  return replies;
}
