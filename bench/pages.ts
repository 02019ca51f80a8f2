// `npm run bench:pages`: what a cold load of the key pages costs, against the budgets of issue 2.
// A benchmark, not a test: it prints a table and, with --check, exits 1 when a budget is missed.
import { launchChromium } from '../test/support/browser.ts';
import { startServer } from '../test/support/server.ts';
import { measurePage, type PageWeight } from './support/page-weight.ts';
import { formatTable, kb } from './support/table.ts';

const KB = 1024;
export const PAGE_BUDGETS = { articleTotal: 60 * KB, articleJs: 20 * KB, cls: 0.01 };
const ARTICLE = '/wiki/security-and-needs/023-self-reliance-vs-dependence/';
const PAGES = ['/en/', `/en${ARTICLE}`, `/zh${ARTICLE}`, '/zh/'];

export async function benchPages(): Promise<{ rows: PageWeight[]; failures: string[] }> {
  const server = await startServer({ LOG_REQUESTS: '0' });
  const browser = await launchChromium();
  const rows: PageWeight[] = [];
  try {
    for (const path of PAGES) rows.push(await measurePage(browser, server.origin, path));
  } finally {
    await browser.close();
    await server.stop();
  }
  const failures: string[] = [];
  for (const r of rows.filter((r) => r.path.includes(ARTICLE))) {
    const total = r.html + r.css + r.js;
    if (total > PAGE_BUDGETS.articleTotal)
      failures.push(`${r.path}: HTML+CSS+JS ${kb(total)} KB > ${kb(PAGE_BUDGETS.articleTotal)} KB`);
    if (r.js > PAGE_BUDGETS.articleJs) failures.push(`${r.path}: JS ${kb(r.js)} KB > ${kb(PAGE_BUDGETS.articleJs)} KB`);
    if (r.cls > PAGE_BUDGETS.cls) failures.push(`${r.path}: layout shift ${r.cls.toFixed(3)} > ${PAGE_BUDGETS.cls}`);
    if (r.textWithoutJs < r.textWithJs * 0.98)
      failures.push(`${r.path}: text needs JavaScript (${r.textWithoutJs} vs ${r.textWithJs} characters)`);
  }
  return { rows, failures };
}

export function pagesTable(rows: PageWeight[]): string {
  return formatTable(
    ['page (cold load)', 'HTML KB', 'CSS KB', 'JS KB', 'HTML+CSS+JS KB', 'requests', 'CLS', 'readable without JS'],
    rows.map((r) => [
      r.path,
      kb(r.html),
      kb(r.css),
      kb(r.js),
      kb(r.html + r.css + r.js),
      r.requests,
      r.cls.toFixed(3),
      r.textWithoutJs >= r.textWithJs * 0.98 ? 'yes' : 'no',
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, failures } = await benchPages();
  console.log(pagesTable(rows));
  console.log(
    `\nBudgets for article 023: HTML+CSS+JS <= 60 KB compressed, JS <= 20 KB, CLS <= ${PAGE_BUDGETS.cls}, readable without JS.`,
  );
  if (failures.length) console.log(`\nMissed:\n  ${failures.join('\n  ')}`);
  else console.log('All budgets met.');
  if (process.argv.includes('--check') && failures.length) process.exit(1);
}
