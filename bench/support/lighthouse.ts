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

/**
 * Runs Lighthouse (mobile, simulated throttling: its defaults) against each URL in the system Chromium,
 * started through playwright-core with a remote-debugging port Lighthouse connects to.
 */
export async function runLighthouse(urls: string[]): Promise<Map<string, LighthouseScores>> {
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
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories;
      const pct = (id: string) => Math.round((categories?.[id]?.score ?? 0) * 100);
      const failed = Object.fromEntries(
        Object.entries(categories ?? {}).map(([id, c]) => [
          id,
          c.auditRefs
            .filter((ref) => ref.weight > 0 && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => ref.id),
        ]),
      );
      scores.set(url, {
        performance: pct('performance'),
        accessibility: pct('accessibility'),
        bestPractices: pct('best-practices'),
        seo: pct('seo'),
        failed,
      });
    }
  } finally {
    await browser.close();
  }
  return scores;
}
