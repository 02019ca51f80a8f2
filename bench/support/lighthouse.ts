import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/support/browser.ts';

/** Lighthouse category scores, 0-100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Per category id, the audits (with weight) that did not pass. */
  failed: Record<string, string[]>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The median of an odd number of values. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The scores of one Lighthouse run. */
function scoresOf(lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']): LighthouseScores {
  const pct = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failed = Object.fromEntries(
    Object.entries(lhr.categories).map(([id, c]) => [
      id,
      c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
    ]),
  );
  return {
    performance: pct('performance'),
    accessibility: pct('accessibility'),
    bestPractices: pct('best-practices'),
    seo: pct('seo'),
    failed,
  };
}

/** How many times each page is measured; its scores are the medians (as Lighthouse CI's `numberOfRuns: 3`). */
export const LIGHTHOUSE_RUNS = 3;

/**
 * Runs Lighthouse (mobile, simulated throttling: its defaults) against each URL in the system Chromium,
 * started through playwright-core with a remote-debugging port Lighthouse connects to. Each URL is
 * measured LIGHTHOUSE_RUNS times, and each category's score is the median of its runs: on these shared
 * machines one run's performance score moved by up to 14 points from one run to the next (mostly total
 * blocking time). The failed audits listed are those of the run whose performance score is the median.
 */
export async function runLighthouse(urls: string[], runs = LIGHTHOUSE_RUNS): Promise<Map<string, LighthouseScores>> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Lighthouse needs Chromium (see README: browser tests)');
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const scores = new Map<string, LighthouseScores>();
  try {
    for (const url of urls) {
      const measured: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        measured.push(scoresOf(result.lhr));
      }
      const performance = median(measured.map((m) => m.performance));
      scores.set(url, {
        performance,
        accessibility: median(measured.map((m) => m.accessibility)),
        bestPractices: median(measured.map((m) => m.bestPractices)),
        seo: median(measured.map((m) => m.seo)),
        failed: (measured.find((m) => m.performance === performance) ?? measured[0])?.failed ?? {},
      });
    }
  } finally {
    await browser.close();
  }
  return scores;
}
