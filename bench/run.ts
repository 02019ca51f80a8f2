// `npm run bench`: every benchmark figure in one table, written to bench/results.json.
// `npm run bench -- --check` exits 1 when a budget is missed. `--only api,pages` runs some sections.
// A benchmark, never part of `npm test`: it measures, on this machine, in one run.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { apiTable, benchApi } from './api.ts';
import { benchPages, pagesTable } from './pages.ts';

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (section: string) => !only || only.includes(section);
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.slice('--seconds='.length) ?? 10);

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
};
const failures: string[] = [];
const tables: string[] = [];

if (wanted('pages')) {
  const pages = await benchPages();
  results['pages'] = pages.rows;
  failures.push(...pages.failures);
  tables.push(`Pages (cold load, Chromium)\n${pagesTable(pages.rows)}`);
}
if (wanted('api')) {
  const api = await benchApi(seconds);
  results['api'] = api.rows;
  failures.push(...api.failures);
  tables.push(`API (autocannon, ${seconds} s each)\n${apiTable(api.rows)}`);
}

results['failures'] = failures;
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${tables.join('\n\n')}\n`);
console.log(failures.length ? `Budgets missed:\n  ${failures.join('\n  ')}` : 'All budgets met.');
if (args.includes('--check') && failures.length > 0) process.exit(1);
