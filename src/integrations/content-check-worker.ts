// The content check in a worker thread of the build (content-check.ts): posts checkContent's result.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../lib/content-check/check-content.ts';

parentPort?.postMessage(checkContent((workerData as { root: string }).root));
