import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../lib/content-check/check-content.ts';
import { checkContentInWorker } from './content-check.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'rcw-content-check-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the content check in a worker thread', () => {
  test("gives the project's content the result of the check in this thread", async () => {
    const inWorker = await checkContentInWorker(root);
    expect(inWorker).toEqual(checkContent(root));
    expect(inWorker.problems).toEqual([]);
    expect(inWorker.summary.articles).toBeGreaterThanOrEqual(36);
  });

  test('reports the problems of broken content', async () => {
    cpSync(join(root, 'src/content'), join(copy, 'src/content'), { recursive: true });
    const file = join(copy, 'src/content/articles/en/security-and-needs/023-self-reliance-vs-dependence.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^## .*\{#summary\}$/m, '## Wrapping up'));
    const inWorker = await checkContentInWorker(copy);
    expect(inWorker.problems.length).toBeGreaterThan(0);
    expect(inWorker.problems.some((p) => p.file.endsWith('023-self-reliance-vs-dependence.md'))).toBe(true);
    expect(inWorker).toEqual(checkContent(copy));
  });
});
