import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContentData } from '../../src/lib/content-data/load-content-data.ts';
import { hashToken } from '../../src/lib/results/token.ts';
import { openStore, type ResultsStore } from '../../src/lib/store/index.ts';
import type { Submission } from '../../src/lib/results/prepare-submission.ts';
import { startSubmitter } from '../../src/server/submission-thread.ts';
import { validSubmission } from '../support/submissions.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const workerFile = join(root, 'dist/server/submission-worker.mjs');
const contentDir = join(root, 'dist/server/content');
const content = loadContentData(contentDir);
const scratch = mkdtempSync(join(tmpdir(), 'rcw-thread-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const body = JSON.stringify(validSubmission());
let files = 0;

async function withStore(file: string, use: (store: ResultsStore) => Promise<void>): Promise<void> {
  const store = await openStore(file);
  try {
    await use(store);
  } finally {
    await store.close();
  }
}

const tokenOf = (s: Submission): string => (s.ok ? s.token : `refused: ${s.problem}`);

describe('the submission thread (the bundled worker of the build)', () => {
  for (const kind of ['a SQLite file (the thread stores)', 'memory (the server stores)'] as const) {
    test(`on ${kind}: stores many submissions at once, each with its own token, and refuses bad ones`, async () => {
      const file = kind.startsWith('a SQLite') ? join(scratch, `results-${files++}.db`) : ':memory:';
      await withStore(file, async (store) => {
        expect(store.sqliteFile).toBe(file === ':memory:' ? undefined : file);
        const submitter = startSubmitter({ workerFile, content, contentDir, store });
        try {
          const submitted = await Promise.all(Array.from({ length: 200 }, () => submitter.submit(body)));
          const tokens = new Set(submitted.map(tokenOf));
          expect(tokens.size).toBe(200);
          expect(await store.countResults()).toBe(200);
          for (const token of [...tokens].slice(0, 20)) expect(await store.findResult(hashToken(token))).toBeDefined();
          expect(await submitter.submit('{"not json')).toMatchObject({ ok: false, problem: 'invalid_json' });
          expect(await submitter.submit(JSON.stringify(validSubmission({ lang: 'fr' })))).toMatchObject({
            ok: false,
            problem: 'invalid_submission',
          });
          expect(await store.countResults()).toBe(200);
          // A retake is linked to the result it retakes.
          const first = tokenOf(submitted[0]!);
          const retake = tokenOf(await submitter.submit(JSON.stringify(validSubmission({ previous: first }))));
          expect((await store.findResult(hashToken(retake)))?.previousResultId).toBe(
            (await store.findResult(hashToken(first)))?.id,
          );
        } finally {
          await submitter.close();
        }
        await expect(submitter.submit(body)).rejects.toThrow(/closed/);
      });
    });
  }

  test('closing lets the thread store every body it already holds', async () => {
    await withStore(join(scratch, `results-${files++}.db`), async (store) => {
      const submitter = startSubmitter({ workerFile, content, contentDir, store });
      const held = Array.from({ length: 50 }, () => submitter.submit(body));
      await submitter.close();
      const submitted = await Promise.all(held);
      expect(submitted.every((s) => s.ok)).toBe(true);
      expect(await store.countResults()).toBe(50);
    });
  });

  test('when the thread stops, what it held fails and the next submission starts a new one', async () => {
    // A stand-in worker that stops on the body "stop" and otherwise refuses every body.
    const worker = join(scratch, 'stopping-worker.mjs');
    writeFileSync(
      worker,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (tasks) => {
  if (tasks === 'close') return parentPort.close();
  if (tasks.some(({ body }) => body === 'stop')) process.exit(1);
  parentPort.postMessage(tasks.map(({ id, body }) => ({ id, prepared: { ok: false, problem: 'invalid_json', reason: body } })));
});`,
    );
    await withStore(':memory:', async (store) => {
      const submitter = startSubmitter({ workerFile: worker, content, contentDir, store });
      try {
        expect(await submitter.submit('one')).toMatchObject({ reason: 'one' });
        const held = [submitter.submit('stop'), submitter.submit('two')];
        await expect(held[0]).rejects.toThrow(/stopped/);
        await expect(held[1]).rejects.toThrow(/stopped/);
        expect(await submitter.submit('three')).toMatchObject({ reason: 'three' });
      } finally {
        await submitter.close();
      }
    });
  });
});
