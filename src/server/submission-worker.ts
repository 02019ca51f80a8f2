// The submission thread's code, bundled by the build as dist/server/submission-worker.mjs: it reads the
// instruments and practices once, then turns each submitted body into a result, or into the reason it
// cannot be made. Given the SQLite file of the store, it also stores the results on a connection of its
// own, each group in one transaction and one flush. See submission-thread.ts.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { loadContentData } from '../lib/content-data/load-content-data.ts';
import { openSqliteResultWriter } from '../lib/store/dialects/sqlite-result-writer.ts';
import { prepareAndStore, prepareTask, type SubmissionTask } from './submission-batch.ts';
import type { SubmissionThreadData, ToSubmissionThread } from './submission-thread.ts';

const { contentDir, sqliteFile } = workerData as SubmissionThreadData;
const content = loadContentData(contentDir);
const writer = sqliteFile ? openSqliteResultWriter(sqliteFile) : undefined;
const port = parentPort;

port?.on('message', (first: ToSubmissionThread) => {
  // Everything that has arrived meanwhile goes into the same group: one transaction, one flush.
  const tasks: SubmissionTask[] = [];
  let closing = false;
  for (let next: ToSubmissionThread | undefined = first; next;) {
    if (next === 'close') closing = true;
    else tasks.push(...next);
    next = receiveMessageOnPort(port)?.message as ToSubmissionThread | undefined;
  }
  if (tasks.length > 0)
    port.postMessage(writer ? prepareAndStore(tasks, content, writer) : tasks.map((t) => prepareTask(t, content)));
  if (closing) {
    writer?.close();
    port.close();
  }
});
