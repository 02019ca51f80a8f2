#!/usr/bin/env node
// Builds the search index of one language: `node scripts/search-index.mjs <clientDir> <en|zh>`.
// Pagefind's extended build segments Chinese. The build runs one of these per language, side by side
// (Pagefind indexes on one core), into dist/client/pagefind/<lang>/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const [clientDir, lang] = process.argv.slice(2);
if (!clientDir || !['en', 'zh'].includes(lang ?? '')) {
  console.error('usage: search-index.mjs <clientDir> <en|zh>');
  process.exit(2);
}
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: clientDir, glob: `${lang}/**/*.html` });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const outputPath = join(clientDir, 'pagefind', lang);
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await untilWritten(outputPath);
await pagefind.close();

/** Every file under `dir` with its size. */
function sizes(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => [f, statSync(f).size]);
}

/**
 * Pagefind's service can answer writeFiles while its last files are still being written, and close()
 * stops it at once: on a busy machine that left empty files behind (pagefind-entry.json among them).
 * So: wait until no file is empty, the entry file parses, and nothing changed for 200 ms.
 */
async function untilWritten(dir, timeoutMs = 30_000) {
  const started = Date.now();
  let previous = '';
  for (;;) {
    const now = sizes(dir);
    const key = JSON.stringify(now);
    let entryOk = false;
    try {
      entryOk = Boolean(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).languages);
    } catch {
      entryOk = false;
    }
    if (entryOk && now.every(([, size]) => size > 0) && key === previous) return;
    if (Date.now() - started > timeoutMs) {
      const empty = now.filter(([, size]) => size === 0).map(([f]) => f);
      throw new Error(`pagefind: the index in ${dir} is incomplete (${empty.join(', ') || 'entry file'})`);
    }
    previous = key;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
console.log(JSON.stringify({ lang, pages: added.page_count }));
