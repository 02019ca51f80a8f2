import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../i18n/locales.ts';
import { cardText, type CardText } from './card-text.ts';
import { CARD_VERSION, renderCardPng, type CardFonts, type CardInput } from './render-card.ts';

/** Renders share cards and keeps the most recent ones in memory. */
export interface CardRenderer {
  render(lang: Lang, input: CardInput): Promise<Buffer>;
  /** How many cards are cached (for tests and figures). */
  readonly size: number;
}

/** The font files, from a folder: `src/lib/share/fonts` in development, `dist/server/fonts` in production. */
export function loadCardFonts(dir: string): CardFonts {
  return {
    regular: readFileSync(join(dir, 'NotoSansSC-Regular.subset.otf')),
    bold: readFileSync(join(dir, 'NotoSansSC-Bold.subset.otf')),
  };
}

/**
 * A renderer with an LRU cache of `capacity` PNGs. The key is what the card shows (language, pattern,
 * the dot rounded to what a pixel can show, card version), so two shares with the same picture share
 * one entry, and revoking a share never needs to touch the cache (the route checks the share first).
 */
export function createCardRenderer(fonts: CardFonts, capacity = 256): CardRenderer {
  const cache = new Map<string, Promise<Buffer>>();
  const texts = new Map<Lang, CardText>();
  return {
    get size() {
      return cache.size;
    },
    render(lang, input) {
      const key = `${CARD_VERSION}|${lang}|${input.pattern.id}.${input.pattern.strength}|${input.dependence.toFixed(2)}|${input.independence.toFixed(2)}`;
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      let text = texts.get(lang);
      if (!text) {
        text = cardText(lang);
        texts.set(lang, text);
      }
      const png = renderCardPng(input, text, fonts);
      cache.set(key, png);
      png.catch(() => cache.delete(key));
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return png;
    },
  };
}
