// The submission thread's code, bundled by the build as dist/server/submission-worker.mjs: it reads the
// instruments and practices once, then turns each submitted body into a result to store, or into the
// reason it cannot be stored. See submission-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { loadContentData } from '../lib/content-data/load-content-data.ts';
import { prepareSubmission } from '../lib/results/prepare-submission.ts';
import type { SubmissionReply, SubmissionTask } from './submission-thread.ts';

const content = loadContentData((workerData as { contentDir: string }).contentDir);

parentPort?.on('message', (tasks: SubmissionTask[]) => {
  parentPort?.postMessage(tasks.map(prepareOne));
});

function prepareOne({ id, body }: SubmissionTask): SubmissionReply {
  try {
    return { id, prepared: prepareSubmission(body, content) };
  } catch (err) {
    // prepareSubmission answers every body; this is a bug, reported as one (never with the body).
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}
