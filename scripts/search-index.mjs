#!/usr/bin/env node
// Builds the search index of one language: `node scripts/search-index.mjs <clientDir> <en|zh>`.
// Pagefind's extended build segments Chinese. The build runs one of these per language, side by side
// (Pagefind indexes on one core), into dist/client/pagefind/<lang>/.
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
const written = await index.writeFiles({ outputPath: join(clientDir, 'pagefind', lang) });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(JSON.stringify({ lang, pages: added.page_count }));
