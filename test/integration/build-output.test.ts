import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const serverDir = fileURLToPath(new URL('../../dist/server/', import.meta.url));

// The test run builds the site (test/support/global-setup.ts) in Vitest's environment: NODE_ENV=test,
// DEV=1, MODE=test. Vite and Astro took those for the build's own: such a build once shipped with
// import.meta.env.DEV true, so the server reloaded every article and instrument on every request.
test('a build started by the test runner is a production build', () => {
  const files = readdirSync(serverDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mjs'));
  const memo = files
    .map((f) => readFileSync(join(serverDir, f), 'utf8'))
    .map((code) => /function contentMemo\(load\) \{[\s\S]*?\n\}/.exec(code)?.[0])
    .find(Boolean);
  expect(memo, 'the compiled contentMemo (src/lib/wiki/content-memo.ts)').toBeDefined();
  // In a production build the dev-only branch is gone and the loaded content is kept.
  expect(memo).toMatch(/\?\?=\s*load\(\)/);
  expect(memo).not.toMatch(/return load\(\);/);
});
