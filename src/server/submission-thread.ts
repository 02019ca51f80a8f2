import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
  prepareSubmission,
  type PreparedSubmission,
  type SubmissionContent,
} from '../lib/results/prepare-submission.ts';

/** Turns a submitted body into a result to store, or into the reason it cannot be stored. */
export interface SubmissionPreparer {
  prepare(bodyText: string): Promise<PreparedSubmission>;
  /** Takes no more bodies and stops once those it holds are answered. */
  close(): Promise<void>;
}

/** A body to prepare, as the server hands it to the thread. */
export interface SubmissionTask {
  id: number;
  body: string;
}

/** The thread's answer to one task (the thread answers every message, a list of tasks, with one list). */
export type SubmissionReply = { id: number; prepared: PreparedSubmission } | { id: number; error: string };

/**
 * Where new results are made. Parsing, checking, scoring, choosing the playbook and serializing the
 * row are most of a submission's CPU time, so the production server does them on a thread of its own
 * (the file the build bundles, dist/server/submission-worker.mjs) and its event loop only reads
 * requests, stores and answers. The bodies that arrive in one turn of the event loop are handed over in
 * one message, without waiting for earlier ones to be answered, and answered in one message, in order.
 * If the thread stops, the submissions it held fail (the API answers 500, nothing is stored) and the
 * next one starts a new thread. Without a bundled worker file (`astro dev`, unit tests), the same
 * function runs in-process.
 */
export function startSubmissionThread(
  workerFile: string | undefined,
  content: SubmissionContent,
  contentDir: string,
): SubmissionPreparer {
  if (!workerFile || !existsSync(workerFile)) {
    return {
      prepare: (bodyText) => Promise.resolve(prepareSubmission(bodyText, content)),
      close: () => Promise.resolve(),
    };
  }
  const waiting = new Map<number, { resolve: (p: PreparedSubmission) => void; reject: (err: Error) => void }>();
  let next = 0;
  let worker: Worker | undefined;
  let closed = false;
  /** Called when the last body the thread holds is answered (while closing). */
  let onIdle: (() => void) | undefined;

  /** Bodies received in this turn of the event loop: handed over together, in one message. */
  let outbox: SubmissionTask[] = [];
  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
    outbox = [];
  };
  const send = () => {
    const tasks = outbox;
    outbox = [];
    if (tasks.length === 0) return;
    worker ??= start();
    worker.postMessage(tasks);
  };
  const start = (): Worker => {
    const started = new Worker(workerFile, { workerData: { contentDir } });
    // The server's sockets keep the process alive, not this thread.
    started.unref();
    started.on('message', (replies: SubmissionReply[]) => {
      for (const reply of replies) {
        const w = waiting.get(reply.id);
        waiting.delete(reply.id);
        if ('error' in reply) w?.reject(new Error(`the submission thread failed: ${reply.error}`));
        else w?.resolve(reply.prepared);
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
    prepare(body) {
      if (closed) return Promise.reject(new Error('the submission thread is closed'));
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        if (outbox.length === 0) setImmediate(send);
        outbox.push({ id, body });
      });
    },
    /** Takes no more bodies, lets the thread answer those it holds (for at most `timeoutMs`), then stops it. */
    async close(timeoutMs = 5_000) {
      closed = true;
      send();
      if (waiting.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, timeoutMs);
          onIdle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const thread = worker;
      worker = undefined;
      if (thread) await thread.terminate();
    },
  };
}
