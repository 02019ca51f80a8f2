import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cardCharacters, cardText } from './card-text.ts';
import { createCardRenderer, loadCardFonts } from './card-renderer.ts';
import { CARD_HEIGHT, CARD_WIDTH, renderCardPng } from './render-card.ts';

const fonts = loadCardFonts(fileURLToPath(new URL('./fonts/', import.meta.url)));
const input = {
  pattern: { id: 'over-dependence' as const, strength: 'clear' as const },
  dependence: 4.4,
  independence: 1.8,
};

/** The outline satori draws for one character in the card font (empty when nothing is drawn). */
async function glyphPath(char: string): Promise<string> {
  const svg = await satori(
    { type: 'div', props: { style: { display: 'flex', fontSize: 64, fontFamily: 'Card' }, children: char } },
    {
      width: 200,
      height: 100,
      fonts: [{ name: 'Card', data: fonts.regular, weight: 400, style: 'normal' }],
    },
  );
  return [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]).join(' ');
}

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Share of pixels in a box that are clearly darker than the card's background. */
function ink(png: Buffer, box: { x: number; y: number; w: number; h: number }): number {
  const image = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"><image href="data:image/png;base64,${png.toString('base64')}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"/></svg>`,
  ).render();
  const { pixels, width } = image;
  let dark = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * width + x) * 4;
      if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < 300) dark++;
    }
  }
  return dark / (box.w * box.h);
}

describe('share cards', () => {
  test('the card font has a real glyph for every character a card can show (no tofu)', async () => {
    // A private-use character is certainly missing: what satori draws for it is the "tofu" box.
    const tofu = await glyphPath('\uE000');
    const chinese = [...cardCharacters()].filter((c) => /\p{Script=Han}/u.test(c));
    expect(chinese.length).toBeGreaterThan(30);
    for (const char of chinese) {
      const path = await glyphPath(char);
      expect(path.length, char).toBeGreaterThan(0);
      expect(path, char).not.toBe(tofu);
    }
  });

  test('a Chinese card is 1200x630 and its title is drawn', async () => {
    const png = await renderCardPng(input, cardText('zh'), fonts);
    expect(pngSize(png)).toEqual([1200, 630]);
    // The pattern title (明显过度依赖) sits at the left, from about y=300.
    expect(ink(png, { x: 80, y: 300, w: 500, h: 90 })).toBeGreaterThan(0.08);
    // The empty band below the call to action stays empty.
    expect(ink(png, { x: 80, y: 590, w: 500, h: 30 })).toBe(0);
  });

  test('an English card differs from the Chinese one', async () => {
    const en = await renderCardPng(input, cardText('en'), fonts);
    const zh = await renderCardPng(input, cardText('zh'), fonts);
    expect(pngSize(en)).toEqual([1200, 630]);
    expect(en.equals(zh)).toBe(false);
  });

  test('the renderer caches by what the card shows', async () => {
    const renderer = createCardRenderer(fonts, 2);
    const a = await renderer.render('zh', input);
    const b = await renderer.render('zh', { ...input, dependence: 4.4001 });
    expect(b).toBe(a);
    expect(renderer.size).toBe(1);
    await renderer.render('en', input);
    await renderer.render('en', { ...input, dependence: 2 });
    expect(renderer.size).toBe(2);
  });
});
