// `npm run bench:build`: builds the site with 1,000 extra synthetic articles per language, in a temporary
// copy of the project, and prints the total time, the time per page and the peak memory of the build
// (all its processes together). Then removes the copy. A benchmark, not a test.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './support/table.ts';

export const BUILD_BUDGETS = { msPerPage: 15, peakMiB: 2048 };
const root = fileURLToPath(new URL('../', import.meta.url));
const CATEGORIES = [
  'security-and-needs',
  'conflict-and-repair',
  'expressing-needs-and-emotions',
  'boundaries-and-autonomy',
  'trust-and-commitment',
  'family-of-origin-and-patterns',
];
const SECTIONS: [string, string, string][] = [
  ['problem-scenario', 'Problem Scenario', '问题情境'],
  ['core-concepts', 'Core Concepts', '核心概念'],
  ['step-by-step-guide', 'Step-by-Step Guide', '分步指南'],
  ['case-analysis', 'Case Analysis', '案例分析'],
  ['expert-recommendations', 'Expert Recommendations', '专家建议'],
  ['summary', 'Summary', '总结'],
];
const EN_WORDS =
  'partner listen need calm repair trust space close apart message reply feeling safe talk pause notice breathe kind clear small step week together alone worry reach bid answer return ritual signal'.split(
    ' ',
  );
const ZH_WORDS =
  '伴侣 倾听 需要 平静 修复 信任 空间 靠近 分开 消息 回复 感受 安全 沟通 暂停 觉察 呼吸 温和 清楚 小步 一周 一起 独处 担心 伸手 邀请 回应 回来 仪式 信号'.split(
    ' ',
  );

function text(words: string[], n: number, seed: number, sep: string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[(seed * 31 + i * 7) % words.length] ?? '');
  return out.join(sep);
}

/**
 * One synthetic article as long as the real ones: a body of about 2,600 English words, or 4,300 Chinese
 * characters (the medians of the eighteen articles, 2,661 words and 4,311 characters). Chinese paragraphs
 * are 50 two-character words.
 */
function article(lang: 'en' | 'zh', n: number): { path: string; body: string } {
  const category = CATEGORIES[n % CATEGORIES.length] ?? CATEGORIES[0];
  const number = 100 + Math.floor(n / CATEGORIES.length);
  const id = `synthetic-${n}`;
  const words = lang === 'en' ? EN_WORDS : ZH_WORDS;
  const sep = lang === 'en' ? ' ' : '';
  const para = (k: number) => `${text(words, lang === 'en' ? 60 : 50, n + k, sep)}${lang === 'en' ? '.' : '。'}`;
  const list = (k: number, count: number) =>
    Array.from({ length: count }, (_, i) => `  - ${JSON.stringify(text(words, 12, n + k + i, sep))}`).join('\n');
  const sections = SECTIONS.map(([sid, en, zh], s) => {
    const subs = Array.from(
      { length: 3 },
      (_, j) =>
        `### ${lang === 'en' ? `Part ${j + 1}` : `第 ${j + 1} 部分`} {#${sid}-${j + 1}}\n\n${para(s * 10 + j)}\n\n${para(s * 10 + j + 5)}\n`,
    ).join('\n');
    return `## ${lang === 'en' ? en : zh} {#${sid}}\n\n${para(s)}\n\n${subs}`;
  }).join('\n');
  const body = `---
id: ${id}
category: ${category}
number: ${number}
title: ${JSON.stringify(`${lang === 'en' ? 'Synthetic article' : '合成文章'} ${n}`)}
summary: ${JSON.stringify(text(words, 30, n, sep))}
phrases:
${list(1, 4).replace(/ {2}- /g, '  - text: ')}
faq:
${Array.from({ length: 3 }, (_, i) => `  - q: ${JSON.stringify(`${text(words, 8, n + i, sep)}?`)}\n    a: ${JSON.stringify(text(words, 40, n + i + 3, sep))}`).join('\n')}
sources:
${Array.from({ length: 3 }, (_, i) => `  - authors: "Author, A."\n    year: ${1990 + i}\n    title: "Book ${i}"\n    publisher: "Press"`).join('\n')}
related: []
updated: 2026-11-28
---
${sections}`;
  return {
    path: join('src/content/articles', lang, category ?? '', `${String(number).padStart(3, '0')}-${id}.md`),
    body,
  };
}

const PAGE_KIB = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) / 1024;

/**
 * Every process's parent and resident memory (KiB), read from /proc: a tenth of a second's sampling
 * must not itself load the machine whose build it measures (starting `ps` each time cost about 15 ms of
 * CPU time, a few per cent of a core).
 */
function processTable(): [pid: number, ppid: number, rssKiB: number][] {
  const rows: [number, number, number][] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // The process ended while we looked.
    }
    // After "pid (comm) ": state, ppid, ... rss is the 24th field; comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    rows.push([Number(name), Number(fields[1]), Number(fields[21]) * PAGE_KIB]);
  }
  return rows;
}

/** The summed resident memory (KiB) of a process and all its descendants, right now. */
function treeRssKiB(pid: number): number {
  const rows = processTable();
  const children = new Map<number, number[]>();
  for (const [p, pp] of rows) children.set(pp, [...(children.get(pp) ?? []), p]);
  const rss = new Map(rows.map(([p, , r]) => [p, r]));
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() ?? 0;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export interface BuildFigures {
  /** Seconds per phase, as the build reports them. */
  phases: string;
  pages: number;
  seconds: number;
  msPerPage: number;
  peakMiB: number;
}

export async function benchBuild(perLanguage = 1000): Promise<{ figures: BuildFigures; failures: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'rcw-bench-build-'));
  try {
    for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
      cpSync(join(root, item), join(dir, item), { recursive: true });
    // The packages are the project's, but the build's caches (Astro's data store in node_modules/.astro,
    // Vite's in node_modules/.vite) start empty, as in a fresh clone, and the project's stay untouched.
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name === '.astro' || name === '.vite') continue;
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
    }
    for (let n = 0; n < perLanguage; n++) {
      for (const lang of ['en', 'zh'] as const) {
        const { path, body } = article(lang, n);
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), body);
      }
    }
    // The copy's files go to disk before the clock starts: the build should not pay for writing its input.
    execFileSync('sync');
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    let last = '';
    child.stdout?.on('data', (d: Buffer) => (last = (last + d.toString()).slice(-2000)));
    let peak = 0;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, treeRssKiB(child.pid ?? 0));
      } catch {
        // The process tree changed while we looked; the next sample counts.
      }
    }, 100);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearInterval(timer);
    if (code !== 0) throw new Error(`the build failed with exit code ${code}`);
    const seconds = (performance.now() - started) / 1000;
    const pages = readdirSync(join(dir, 'dist/client'), { recursive: true }).filter((f) =>
      String(f).endsWith('.html'),
    ).length;
    const figures = {
      pages,
      seconds,
      msPerPage: (seconds * 1000) / pages,
      peakMiB: peak / 1024,
      phases: /\(([^()]*s)\)\s*$/.exec(last.trim())?.[1] ?? '',
    };
    const failures: string[] = [];
    if (figures.msPerPage > BUILD_BUDGETS.msPerPage)
      failures.push(`build: ${figures.msPerPage.toFixed(1)} ms per page > ${BUILD_BUDGETS.msPerPage}`);
    if (figures.peakMiB > BUILD_BUDGETS.peakMiB)
      failures.push(`build: peak ${figures.peakMiB.toFixed(0)} MiB > ${BUILD_BUDGETS.peakMiB}`);
    return { figures, failures };
  } finally {
    if (process.env['RCW_BENCH_KEEP'] === '1') console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

export function buildTable(f: BuildFigures): string {
  return formatTable(
    ['build (1,000 synthetic articles per language)', 'pages', 'total s', 'ms per page', 'peak MiB'],
    [['npm run build', f.pages, f.seconds.toFixed(1), f.msPerPage.toFixed(1), f.peakMiB.toFixed(0)]],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { figures, failures } = await benchBuild();
  console.log(buildTable(figures));
  console.log(`Phases: ${figures.phases}`);
  console.log(`\nBudgets: <= ${BUILD_BUDGETS.msPerPage} ms per page, peak < ${BUILD_BUDGETS.peakMiB} MiB.`);
  console.log(failures.length ? `Missed:\n  ${failures.join('\n  ')}` : 'All budgets met.');
  if (process.argv.includes('--check') && failures.length) process.exit(1);
}
