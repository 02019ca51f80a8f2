import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { WRITER_PRAGMAS } from './sqlite-result-writer.ts';

/** The two moments of a group of inserts: committed (the next group may go), then on disk. */
export interface GroupWrite {
  committed: Promise<void>;
  durable: Promise<void>;
}

/**
 * A second connection to a SQLite file, on its own thread, for grouped inserts of new results made on
 * the server's main thread (the test's no-JavaScript form, and `astro dev`; the production server's
 * submission thread stores the API's results on a connection of its own, see sqlite-result-writer.ts).
 * Preparing, inserting and committing happen there (synchronous=NORMAL: the WAL is written, not yet
 * flushed), and so does flushing: after a commit the thread starts an fdatasync of the WAL on libuv's
 * pool and can go on committing groups meanwhile; one flush covers every group committed before it
 * started. (The insert batcher sends the next group once the previous one is on disk.) Reads, and the rare other
 * writes, stay on the main connection: in WAL mode readers never wait for the writer, and a rare
 * main-thread write waits (busy_timeout) for one group at most.
 *
 * A third connection, on a thread of its own, copies the WAL into the database file every 150 ms (a
 * PASSIVE checkpoint, which neither waits for nor blocks the writer and the readers). Left to the writer,
 * SQLite checkpoints inside a commit once the WAL is long, and every submission behind that commit waits:
 * under a stream of submissions those pauses were most of the slowest 1% (p99 55–61 ms before this thread,
 * 44–52 ms with it every 500 ms and 40–47 ms every 150 ms, in alternating runs of
 * `npm run bench -- --only=api` on one machine). The writer's own automatic checkpoint
 * stays as a fallback; with the WAL copied this often it rarely has anything left to do.
 */
export interface SqliteWriter {
  run: (sql: string, parameterLists: readonly (readonly unknown[])[]) => GroupWrite;
  close: () => Promise<void>;
}

// Plain CommonJS, evaluated as the worker's script: no file to ship beside the server bundle.
const WORKER_SOURCE = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) db.pragma(pragma);
const statements = new Map();
const runAll = db.transaction((statement, lists) => {
  for (const parameters of lists) statement.run(parameters);
});
let wal;
let flushing = false;
let unflushed = [];
let closing = false;
function flush() {
  if (flushing) return;
  if (unflushed.length === 0) {
    if (closing) {
      db.close();
      if (wal !== undefined) fs.closeSync(wal);
      parentPort.close();
    }
    return;
  }
  flushing = true;
  const ids = unflushed;
  unflushed = [];
  // fdatasync applies to the file, whichever descriptor wrote it; it exists once a group was committed.
  if (wal === undefined) wal = fs.openSync(workerData.file + '-wal', 'r+');
  fs.fdatasync(wal, (err) => {
    flushing = false;
    parentPort.postMessage({ type: 'durable', ids, ok: !err, message: err ? String(err.message) : undefined });
    flush();
  });
}
parentPort.on('message', (message) => {
  if (message.close) {
    closing = true;
    flush();
    return;
  }
  try {
    let statement = statements.get(message.sql);
    if (!statement) {
      statement = db.prepare(message.sql);
      statements.set(message.sql, statement);
    }
    runAll(statement, message.lists);
  } catch (err) {
    parentPort.postMessage({ type: 'committed', id: message.id, ok: false, message: String((err && err.message) || err) });
    return;
  }
  parentPort.postMessage({ type: 'committed', id: message.id, ok: true });
  unflushed.push(message.id);
  flush();
});
`;

const CHECKPOINT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or interrupted: the next round copies what this one could not.
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** How often the checkpoint thread copies the WAL into the database file. */
export const CHECKPOINT_EVERY_MS = 150;

interface Waiting {
  committed: { resolve: () => void; reject: (err: Error) => void };
  durable: { resolve: () => void; reject: (err: Error) => void };
}

type WorkerMessage =
  | { type: 'committed'; id: number; ok: boolean; message?: string }
  | { type: 'durable'; ids: number[]; ok: boolean; message?: string };

export function startSqliteWriter(file: string, checkpointEveryMs = CHECKPOINT_EVERY_MS): SqliteWriter {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const checkpointer = new Worker(CHECKPOINT_SOURCE, {
    eval: true,
    workerData: { driver, file, everyMs: checkpointEveryMs },
  });
  // The checkpoint thread never keeps the process alive; if it stops, the writer checkpoints by itself.
  checkpointer.unref();
  checkpointer.on('error', () => undefined);
  const checkpointerExited = new Promise<void>((resolve) => checkpointer.once('exit', () => resolve()));
  const waiting = new Map<number, Waiting>();
  let next = 0;
  let failure: Error | undefined;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const w of waiting.values()) {
      w.committed.reject(err);
      w.durable.reject(err);
    }
    waiting.clear();
  };
  /**
   * The writer's thread, started by the first group: the production server stores new results on its
   * submission thread (see src/server/submission-thread.ts), and starts this one only for the results of
   * the test's no-JavaScript form.
   */
  let worker: Worker | undefined;
  const startWorker = (): Worker => {
    const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, pragmas: WRITER_PRAGMAS } });
    started.on('message', (m: WorkerMessage) => {
      if (m.type === 'committed') {
        const w = waiting.get(m.id);
        if (m.ok) w?.committed.resolve();
        else {
          const err = new Error(m.message ?? 'the insert failed');
          waiting.delete(m.id);
          w?.committed.reject(err);
          w?.durable.reject(err);
        }
      } else {
        const err = m.ok ? undefined : new Error(m.message ?? 'the flush failed');
        for (const id of m.ids) {
          const w = waiting.get(id);
          waiting.delete(id);
          if (err) w?.durable.reject(err);
          else w?.durable.resolve();
        }
      }
      // Only a pending write keeps the process alive.
      if (waiting.size === 0) started.unref();
    });
    started.on('error', (err) => failAll(err));
    started.on('exit', () => failAll(new Error('the SQLite writer stopped')));
    return started;
  };
  return {
    run(sql, parameterLists) {
      if (failure) return { committed: Promise.reject(failure), durable: Promise.reject(failure) };
      const id = next++;
      const w = {} as Waiting;
      const committed = new Promise<void>((resolve, reject) => (w.committed = { resolve, reject }));
      const durable = new Promise<void>((resolve, reject) => (w.durable = { resolve, reject }));
      // Whoever awaits `durable` handles its failure; a failed commit is also reported through `committed`.
      durable.catch(() => undefined);
      waiting.set(id, w);
      worker ??= startWorker();
      worker.ref();
      worker.postMessage({ id, sql, lists: parameterLists });
      return { committed, durable };
    },
    async close() {
      // Keeps the process alive until the checkpoint thread has closed its connection.
      checkpointer.ref();
      checkpointer.postMessage({ close: true });
      await checkpointerExited;
      if (failure || !worker) return;
      const writer = worker;
      const exited = new Promise<void>((resolve) => writer.once('exit', () => resolve()));
      // Keeps the process alive until the writer has flushed, closed its connection and stopped.
      writer.ref();
      writer.postMessage({ close: true });
      await exited;
    },
  };
}
