import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContentData } from '../../src/lib/content-data/load-content-data.ts';
import { startSubmissionThread } from '../../src/server/submission-thread.ts';
import { validSubmission } from '../support/submissions.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const contentDir = join(root, 'dist/server/content');
const content = loadContentData(contentDir);
const scratch = mkdtempSync(join(tmpdir(), 'rcw-thread-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the submission thread (the bundled worker of the build)', () => {
  test('prepares many submissions at once, each with its own token, and refuses bad ones', async () => {
    const thread = startSubmissionThread(join(root, 'dist/server/submission-worker.mjs'), content, contentDir);
    try {
      const body = JSON.stringify(validSubmission());
      const prepared = await Promise.all(Array.from({ length: 200 }, () => thread.prepare(body)));
      const tokens = new Set(prepared.map((p) => (p.ok ? p.token : 'refused')));
      expect(tokens.size).toBe(200);
      expect(tokens.has('refused')).toBe(false);
      expect(await thread.prepare('{"not json')).toMatchObject({ ok: false, problem: 'invalid_json' });
      expect(await thread.prepare(JSON.stringify(validSubmission({ lang: 'fr' })))).toMatchObject({
        ok: false,
        problem: 'invalid_submission',
      });
    } finally {
      await thread.close();
    }
    await expect(thread.prepare('{}')).rejects.toThrow(/closed/);
  });

  test('closing lets the thread answer every body it already holds', async () => {
    const thread = startSubmissionThread(join(root, 'dist/server/submission-worker.mjs'), content, contentDir);
    const body = JSON.stringify(validSubmission());
    const held = Array.from({ length: 50 }, () => thread.prepare(body));
    await thread.close();
    const prepared = await Promise.all(held);
    expect(prepared.every((p) => p.ok)).toBe(true);
  });

  test('when the thread stops, what it held fails and the next submission starts a new one', async () => {
    // A stand-in worker that stops on the body "stop" and otherwise refuses every body.
    const worker = join(scratch, 'stopping-worker.mjs');
    writeFileSync(
      worker,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (tasks) => {
  if (tasks.some(({ body }) => body === 'stop')) process.exit(1);
  parentPort.postMessage(tasks.map(({ id, body }) => ({ id, prepared: { ok: false, problem: 'invalid_json', reason: body } })));
});`,
    );
    const thread = startSubmissionThread(worker, content, contentDir);
    try {
      expect(await thread.prepare('one')).toMatchObject({ reason: 'one' });
      const held = [thread.prepare('stop'), thread.prepare('two')];
      await expect(held[0]).rejects.toThrow(/stopped/);
      await expect(held[1]).rejects.toThrow(/stopped/);
      expect(await thread.prepare('three')).toMatchObject({ reason: 'three' });
    } finally {
      await thread.close();
    }
  });
});
