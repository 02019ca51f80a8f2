// `npm run bench`: every benchmark figure in one table, written to bench/results.json.
// `npm run bench -- --check` exits 1 when a budget is missed. `--only=api,pages` runs some sections
// (pages, api, sustained, cards, build); `--seconds=N` sets the length of each API run (default 10).
// A benchmark, never part of `npm test`: it measures, on this machine, in one run.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { apiTable, benchApi } from './api.ts';
import { benchBuild, buildTable } from './build.ts';
import { benchCards, cardsTable } from './cards.ts';
import { benchPages, pagesTable } from './pages.ts';
import { benchSustained, sustainedTable } from './sustained.ts';
import { calibrate } from './support/calibrate.ts';

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (section: string) => !only || only.includes(section);
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.slice('--seconds='.length) ?? 10);

const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  /** Milliseconds for a fixed piece of JavaScript work, before the benchmarks (lower is faster). */
  calibrationMs: calibrate(),
};
const results: Record<string, unknown> = { date: new Date().toISOString(), machine };
const failures: string[] = [];
const tables: string[] = [];
const step = (name: string) => console.error(`[bench] ${name}…`);

if (wanted('pages')) {
  step('pages and Lighthouse');
  const pages = await benchPages();
  results['pages'] = pages.rows;
  failures.push(...pages.failures);
  tables.push(pagesTable(pages.rows));
}
if (wanted('api')) {
  step(`API (${seconds} s per endpoint)`);
  const api = await benchApi(seconds);
  results['api'] = api.rows;
  failures.push(...api.failures);
  tables.push(apiTable(api.rows));
}
if (wanted('sustained')) {
  step('sustained load (30 s)');
  const sustained = await benchSustained();
  results['sustained'] = sustained.row;
  failures.push(...sustained.failures);
  tables.push(sustainedTable(sustained.row));
}
if (wanted('cards')) {
  step('share cards');
  const cards = await benchCards();
  results['cards'] = cards.rows;
  failures.push(...cards.failures);
  tables.push(cardsTable(cards.rows));
}
if (wanted('build')) {
  step('build with 1,000 synthetic articles per language');
  const build = await benchBuild();
  results['build'] = build.figures;
  failures.push(...build.failures);
  tables.push(buildTable(build.figures));
}

results['failures'] = failures;
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\nnpm run bench, ${results['date'] as string}: ${machine.cpus} × ${machine.model}, ${machine.memoryGiB} GiB, Node ${machine.node}; calibration ${machine.calibrationMs} ms (bench/support/calibrate.ts, lower is faster)\n`,
);
console.log(`${tables.join('\n\n')}\n`);
console.log(failures.length ? `Budgets missed:\n  ${failures.join('\n  ')}` : 'All budgets met.');
if (args.includes('--check') && failures.length > 0) process.exit(1);
