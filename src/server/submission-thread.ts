import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
  prepareSubmission,
  type PreparedSubmission,
  type Submission,
  type SubmissionContent,
} from '../lib/results/prepare-submission.ts';
import { previousResultIdOf } from '../lib/results/save-submission.ts';
import type { ResultsStore } from '../lib/store/index.ts';
import type { SubmissionReply, SubmissionTask } from './submission-batch.ts';

/** Turns submitted bodies into stored results. */
export interface Submitter {
  /**
   * Makes a result from a submitted body and stores it. Resolves once the result is on disk, or with the
   * reason the body cannot be stored (nothing is stored then); rejects when storing failed.
   */
  submit(bodyText: string): Promise<Submission>;
  /** Takes no more bodies and stops once those it holds are answered. */
  close(): Promise<void>;
}

/** What the thread is started with. */
export interface SubmissionThreadData {
  contentDir: string;
  /** The store's SQLite file: the thread stores results itself. Absent: the server stores them. */
  sqliteFile: string | undefined;
}

/** A message to the thread: bodies to make results from, or the request to finish and stop. */
export type ToSubmissionThread = SubmissionTask[] | 'close';

/**
 * Where new results are made and stored. Parsing, checking, scoring, choosing the playbook and
 * serializing the row are most of a submission's CPU time, so the production server does them on a
 * thread of its own (the file the build bundles, dist/server/submission-worker.mjs) and its event loop
 * only reads requests and answers. On SQLite the same thread also stores the results, on its own
 * connection: one transaction and one flush per group. Each hand-over between threads costs a request
 * time (on a loaded two-core machine the receiving thread waits for a core), so a submission crosses
 * twice: bodies to the thread, stored results back. On PostgreSQL, which takes many writers at once,
 * the server stores what the thread made.
 *
 * Each body is handed over as it arrives, so that the thread can start on it while the event loop reads
 * the next ones; the thread takes every message waiting for it as one group, and answers it in one
 * message (handing over the bodies of one turn of the event loop together, after it, served 4% fewer
 * submissions per second: the thread waited for the turn to end). If the thread stops, the submissions
 * it held fail (the API answers 500; a result is acknowledged only once it is on disk) and the next one
 * starts a new thread. Without a bundled worker file (`astro dev`, unit tests), the
 * same steps run in-process.
 */
export function startSubmitter(options: {
  workerFile: string | undefined;
  content: SubmissionContent;
  contentDir: string;
  store: ResultsStore;
}): Submitter {
  const { workerFile, content, contentDir, store } = options;
  /** Stores, on this thread, a result the thread made but did not store. */
  const storeHere = async (prepared: PreparedSubmission): Promise<Submission> => {
    if (!prepared.ok) return prepared;
    const { token, url, row } = prepared;
    row.previous_result_id = await previousResultIdOf(store, prepared.previous);
    await store.createResultRow(row);
    return { ok: true, token, url };
  };
  if (!workerFile || !existsSync(workerFile)) {
    return {
      submit: (bodyText) => storeHere(prepareSubmission(bodyText, content)),
      close: () => Promise.resolve(),
    };
  }
  const workerData: SubmissionThreadData = { contentDir, sqliteFile: store.sqliteFile };
  const waiting = new Map<
    number,
    { resolve: (s: Submission | Promise<Submission>) => void; reject: (err: Error) => void }
  >();
  let next = 0;
  let worker: Worker | undefined;
  let closed = false;
  /** Called when the last body the thread holds is answered (while closing). */
  let onIdle: (() => void) | undefined;

  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  const start = (): Worker => {
    const started = new Worker(workerFile, { workerData });
    // The server's sockets keep the process alive, not this thread.
    started.unref();
    started.on('message', (replies: SubmissionReply[]) => {
      for (const reply of replies) {
        const w = waiting.get(reply.id);
        waiting.delete(reply.id);
        if ('error' in reply) w?.reject(new Error(`the submission thread failed: ${reply.error}`));
        else if ('stored' in reply) w?.resolve({ ok: true, ...reply.stored });
        else w?.resolve(storeHere(reply.prepared));
      }
      if (waiting.size === 0) onIdle?.();
    });
    started.on('error', (err) => failAll(err));
    started.on('exit', () => {
      if (worker === started) worker = undefined;
      failAll(new Error('the submission thread stopped'));
    });
    return started;
  };

  return {
    submit(body) {
      if (closed) return Promise.reject(new Error('the submission thread is closed'));
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker ??= start();
        worker.postMessage([{ id, body }] satisfies ToSubmissionThread);
      });
    },
    /**
     * Takes no more bodies, lets the thread answer those it holds (for at most `timeoutMs`), then asks it
     * to close its connection and stop (and stops it if it has not within `timeoutMs`).
     */
    async close(timeoutMs = 5_000) {
      closed = true;
      const thread = worker;
      worker = undefined;
      if (!thread) return;
      const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
      const within = async (done: Promise<unknown>) => {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
        clearTimeout(timer);
      };
      if (waiting.size > 0) await within(new Promise<void>((resolve) => (onIdle = resolve)));
      thread.ref();
      thread.postMessage('close' satisfies ToSubmissionThread);
      await within(exited);
      await thread.terminate();
    },
  };
}
