// Cards: how long a share card takes to render cold (not in the cache) and cached, in each language.
import { fileURLToPath } from 'node:url';
import { createCardRenderer, loadCardFonts } from '../src/lib/share/card-renderer.ts';
import { formatTable } from './support/table.ts';

export const CARD_BUDGETS = { coldP50: 150, cachedP50: 5 };

export interface CardRow {
  lang: 'en' | 'zh';
  coldP50: number;
  coldP99: number;
  cachedP50: number;
  cachedP99: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export async function benchCards(samples = 40): Promise<{ rows: CardRow[]; failures: string[] }> {
  const fonts = loadCardFonts(fileURLToPath(new URL('../src/lib/share/fonts/', import.meta.url)));
  const renderer = createCardRenderer(fonts, 10_000);
  const rows: CardRow[] = [];
  // One render first, so that the fonts and the renderer are warm and "cold" means "not in the cache".
  await renderer.render('en', {
    pattern: { id: 'uneasy-both-ways', strength: 'leaning' },
    dependence: 1,
    independence: 1,
  });
  for (const lang of ['en', 'zh'] as const) {
    const cold: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < samples; i++) {
      // A different dot each time: a card the cache has not seen.
      const input = {
        pattern: { id: 'over-dependence' as const, strength: 'clear' as const },
        dependence: 3 + i / 100,
        independence: 2 - i / 100,
      };
      let t = performance.now();
      await renderer.render(lang, input);
      cold.push(performance.now() - t);
      t = performance.now();
      await renderer.render(lang, input);
      cached.push(performance.now() - t);
    }
    rows.push({
      lang,
      coldP50: percentile(cold, 50),
      coldP99: percentile(cold, 99),
      cachedP50: percentile(cached, 50),
      cachedP99: percentile(cached, 99),
    });
  }
  const failures = rows.flatMap((r) => [
    ...(r.coldP50 > CARD_BUDGETS.coldP50
      ? [`card (${r.lang}): cold p50 ${r.coldP50.toFixed(0)} ms > ${CARD_BUDGETS.coldP50} ms`]
      : []),
    ...(r.cachedP50 > CARD_BUDGETS.cachedP50
      ? [`card (${r.lang}): cached p50 ${r.cachedP50.toFixed(2)} ms > ${CARD_BUDGETS.cachedP50} ms`]
      : []),
  ]);
  return { rows, failures };
}

export function cardsTable(rows: CardRow[]): string {
  return formatTable(
    ['share card (1200x630 PNG)', 'cold p50 ms', 'cold p99 ms', 'cached p50 ms', 'cached p99 ms'],
    rows.map((r) => [
      r.lang,
      r.coldP50.toFixed(0),
      r.coldP99.toFixed(0),
      r.cachedP50.toFixed(3),
      r.cachedP99.toFixed(3),
    ]),
  );
}
