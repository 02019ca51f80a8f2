// Pages: what a cold load transfers (HTML, CSS, JS, compressed), layout shift, whether the page reads
// without JavaScript, and Lighthouse 12 (mobile) scores, for home, article 023 in both languages, the
// test and a result page. `npm run bench:pages` runs this section alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../test/support/browser.ts';
import { startServer } from '../test/support/server.ts';
import { validSubmission } from '../test/support/submissions.ts';
import { runLighthouse, type LighthouseScores } from './support/lighthouse.ts';
import { measurePage, type PageWeight } from './support/page-weight.ts';
import { formatTable, kb } from './support/table.ts';

const KB = 1024;
export const PAGE_BUDGETS = { articleTotal: 60 * KB, articleJs: 20 * KB, cls: 0.01, performance: 95, others: 100 };
const ARTICLE = '/wiki/security-and-needs/023-self-reliance-vs-dependence/';

export interface PageRow extends PageWeight {
  lighthouse?: LighthouseScores;
  /** A private page: kept out of search engines on purpose, so the SEO score does not apply. */
  private?: boolean;
}

export async function benchPages(
  options: { lighthouse?: boolean } = {},
): Promise<{ rows: PageRow[]; failures: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'rcw-bench-pages-'));
  const server = await startServer({ LOG_REQUESTS: '0', DATABASE_URL: join(dir, 'bench.db') });
  const rows: PageRow[] = [];
  try {
    const saved = (await (
      await fetch(`${server.origin}/api/v1/results`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(validSubmission()),
      })
    ).json()) as { url: string };
    const pages: [string, boolean][] = [
      ['/en/', false],
      [`/en${ARTICLE}`, false],
      [`/zh${ARTICLE}`, false],
      ['/en/test/', false],
      [saved.url, true],
    ];
    const browser = await launchChromium();
    try {
      for (const [path, isPrivate] of pages)
        rows.push({ ...(await measurePage(browser, server.origin, path)), private: isPrivate });
    } finally {
      await browser.close();
    }
    if (options.lighthouse !== false) {
      const scores = await runLighthouse(pages.map(([path]) => `${server.origin}${path}`));
      for (const row of rows) {
        const s = scores.get(`${server.origin}${row.path}`);
        if (s) row.lighthouse = s;
      }
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const failures: string[] = [];
  for (const r of rows) {
    const name = r.private ? 'result page' : r.path;
    if (r.path.includes(ARTICLE)) {
      const total = r.html + r.css + r.js;
      if (total > PAGE_BUDGETS.articleTotal)
        failures.push(`${name}: HTML+CSS+JS ${kb(total)} KB > ${kb(PAGE_BUDGETS.articleTotal)} KB`);
      if (r.js > PAGE_BUDGETS.articleJs) failures.push(`${name}: JS ${kb(r.js)} KB > ${kb(PAGE_BUDGETS.articleJs)} KB`);
      if (r.textWithoutJs < r.textWithJs * 0.98) failures.push(`${name}: text needs JavaScript`);
    }
    if (r.cls > PAGE_BUDGETS.cls) failures.push(`${name}: layout shift ${r.cls.toFixed(3)} > ${PAGE_BUDGETS.cls}`);
    const l = r.lighthouse;
    if (l) {
      for (const [category, score] of [
        ['accessibility', l.accessibility],
        ['best-practices', l.bestPractices],
      ] as const)
        if (score < PAGE_BUDGETS.others)
          failures.push(`${name}: Lighthouse ${category} ${score} (${(l.failed[category] ?? []).join(', ')})`);
      if (l.performance < PAGE_BUDGETS.performance)
        failures.push(`${name}: Lighthouse performance ${l.performance} < ${PAGE_BUDGETS.performance}`);
      // The result page is private and says so (noindex): the one SEO audit it may fail is "is-crawlable".
      const seoFailed = (l.failed['seo'] ?? []).filter((id) => !(r.private && id === 'is-crawlable'));
      if (seoFailed.length > 0) failures.push(`${name}: Lighthouse SEO ${l.seo} (${seoFailed.join(', ')})`);
    }
  }
  return { rows, failures };
}

export function pagesTable(rows: PageRow[]): string {
  return formatTable(
    [
      'page (cold load, mobile)',
      'HTML KB',
      'CSS KB',
      'JS KB',
      'total KB',
      'CLS',
      'no-JS read',
      'perf',
      'a11y',
      'best pr.',
      'SEO',
    ],
    rows.map((r) => [
      r.private ? '/en/result/{token}' : r.path,
      kb(r.html),
      kb(r.css),
      kb(r.js),
      kb(r.html + r.css + r.js),
      r.cls.toFixed(3),
      r.textWithoutJs >= r.textWithJs * 0.98 ? 'yes' : 'no',
      r.lighthouse?.performance ?? '—',
      r.lighthouse?.accessibility ?? '—',
      r.lighthouse?.bestPractices ?? '—',
      r.lighthouse ? `${r.lighthouse.seo}${r.private ? ' (noindex)' : ''}` : '—',
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, failures } = await benchPages({ lighthouse: !process.argv.includes('--no-lighthouse') });
  console.log(pagesTable(rows));
  console.log(
    `\nBudgets: article HTML+CSS+JS <= 60 KB and JS <= 20 KB compressed, readable without JS; CLS <= ${PAGE_BUDGETS.cls}; Lighthouse performance >= 95, accessibility, best practices and SEO 100 (SEO not for the private, noindex result page).`,
  );
  console.log(failures.length ? `\nMissed:\n  ${failures.join('\n  ')}` : 'All budgets met.');
  if (process.argv.includes('--check') && failures.length) process.exit(1);
}
