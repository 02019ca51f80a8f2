import type { DependencePattern } from '../../lib/scoring/index.ts';
import { escapeHtml } from './escape-html.ts';

/** Labels of the map, in the page's language. */
export interface DependenceMapLabels {
  title: string;
  /** The text alternative: scores and pattern in words. */
  desc: string;
  xAxis: string;
  yAxis: string;
  you: string;
  regions: Record<DependencePattern, string>;
}

const LEFT = 52;
const RIGHT = 328;
const TOP = 12;
const BOTTOM = 288;
const clamp = (v: number) => Math.min(5, Math.max(1, v));
const x = (v: number) => LEFT + ((clamp(v) - 1) / 4) * (RIGHT - LEFT);
const y = (v: number) => BOTTOM - ((clamp(v) - 1) / 4) * (BOTTOM - TOP);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Splits a region name into lines of about 12 characters, at spaces or after hyphens (Chinese fits on one). */
export function regionLabelLines(text: string): string[] {
  if (text.length <= 12) return [text];
  const out: string[] = [];
  for (const word of text.split(/(?<=-)|\s+/).filter(Boolean)) {
    const last = out.at(-1);
    const joined = last === undefined ? word : last.endsWith('-') ? `${last}${word}` : `${last} ${word}`;
    if (last !== undefined && joined.length <= 12) out[out.length - 1] = joined;
    else out.push(word);
  }
  return out.slice(0, 3);
}

/** A box on the map (SVG units). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const FONT = 13;
const LINE = 16;
const HALO = 14;

/**
 * About how wide a label is at the map's 13px bold: a Chinese character is square, other characters at
 * most about 0.68 of it (measured in DejaVu Sans Bold, the widest of the usual fonts).
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? FONT : FONT * 0.68;
  return width;
}

/**
 * The box of a text with `lines`, the first on baseline `y`, anchored at `x`
 * (about 11 units above a baseline, 3 below).
 */
export function textBox(lines: readonly string[], x: number, y: number, anchor: 'start' | 'middle' | 'end'): Box {
  const width = Math.max(...lines.map(textWidth));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, top: y - 11, right: left + width, bottom: y + (lines.length - 1) * LINE + 3 };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** Where the labels go: each region's name, and "You" beside the dot, so that none covers another or the dot. */
export function placeLabels(
  regions: readonly { lines: string[]; area: Box; above: boolean }[],
  you: string,
  dot: { x: number; y: number },
  /** Where no name may go (the dashed "clear" corners). */
  keepClear: readonly Box[] = [],
): {
  regions: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box }[];
  you: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
} {
  const midY = y(3);
  const halo: Box = { left: dot.x - HALO, top: dot.y - HALO, right: dot.x + HALO, bottom: dot.y + HALO };
  const placed = regions.map(({ lines, area, above }) => {
    // Next to the centre lines, away from the dashed "clear" corners; moved sideways, within the region,
    // when the dot is there.
    const ty = above ? midY - 14 - (lines.length - 1) * LINE : midY + 24;
    const centre = { x: (area.left + area.right) / 2, y: ty, anchor: 'middle' as const };
    const width = Math.max(...lines.map(textWidth));
    // Failing that, above or below the dot.
    const aboveDot = halo.top - 2 - 3 - (lines.length - 1) * LINE;
    const belowDot = halo.bottom + 2 + 11;
    const options = [
      centre,
      { x: halo.right + 4, y: ty, anchor: 'start' as const },
      { x: halo.left - 4, y: ty, anchor: 'end' as const },
      { x: area.right - 4 - width / 2, y: ty, anchor: 'middle' as const },
      { x: area.left + 4 + width / 2, y: ty, anchor: 'middle' as const },
      ...[aboveDot, belowDot].flatMap((at) => [
        { x: centre.x, y: at, anchor: 'middle' as const },
        { x: dot.x, y: at, anchor: 'middle' as const },
        { x: area.right - 4 - width / 2, y: at, anchor: 'middle' as const },
        { x: area.left + 4 + width / 2, y: at, anchor: 'middle' as const },
      ]),
    ];
    const fits = (o: (typeof options)[number], clear: readonly Box[]) => {
      const box = textBox(lines, o.x, o.y, o.anchor);
      return inside(box, area) && !overlaps(box, halo) && clear.every((c) => !overlaps(box, c));
    };
    // A dashed corner line across a name hides less of it than the dot does.
    const chosen = options.find((o) => fits(o, keepClear)) ?? options.find((o) => fits(o, [])) ?? centre;
    return { ...chosen, box: textBox(lines, chosen.x, chosen.y, chosen.anchor) };
  });
  const plot: Box = { left: LEFT, top: TOP, right: RIGHT, bottom: BOTTOM };
  // Above the dot, below it, beside it; then a line further up or down.
  const youOptions = [
    { x: dot.x, y: dot.y - 18, anchor: 'middle' as const },
    { x: dot.x, y: dot.y + 28, anchor: 'middle' as const },
    ...[5, -2, 12].flatMap((dy) => [
      { x: dot.x + HALO + 4, y: dot.y + dy, anchor: 'start' as const },
      { x: dot.x - HALO - 4, y: dot.y + dy, anchor: 'end' as const },
    ]),
    ...[-18, 28, -34, 44].flatMap((dy) => [
      { x: dot.x + 4, y: dot.y + dy, anchor: 'start' as const },
      { x: dot.x - 4, y: dot.y + dy, anchor: 'end' as const },
    ]),
  ];
  const youFits = (o: (typeof youOptions)[number]) => {
    const box = textBox([you], o.x, o.y, o.anchor);
    return inside(box, plot) && placed.every((p) => !overlaps(box, p.box));
  };
  // Nowhere free (not seen on a 0.1 grid of scores): above the dot, or below it at the top edge.
  const youAt = youOptions.find(youFits) ?? youOptions[dot.y > TOP + 30 ? 0 : 1]!;
  return { regions: placed, you: youAt };
}

/**
 * The dependence map as SVG markup: comfort with dependence on x, comfort with independence on y
 * (1-5), the four regions split at 3, the "clear" corners dashed, and the reader's dot. One function
 * draws it for the server-rendered pages and for the browser, so both show the same picture. Its
 * title and description are the text alternative.
 */
export function dependenceMapSvg(input: {
  dependence: number;
  independence: number;
  labels: DependenceMapLabels;
  id: string;
}): string {
  const { labels, id } = input;
  const midX = x(3);
  const midY = y(3);
  const regions: { id: DependencePattern; x: number; y: number; w: number; h: number }[] = [
    { id: 'hyper-independence', x: LEFT, y: TOP, w: midX - LEFT, h: midY - TOP },
    { id: 'healthy-interdependence', x: midX, y: TOP, w: RIGHT - midX, h: midY - TOP },
    { id: 'uneasy-both-ways', x: LEFT, y: midY, w: midX - LEFT, h: BOTTOM - midY },
    { id: 'over-dependence', x: midX, y: midY, w: RIGHT - midX, h: BOTTOM - midY },
  ];
  const dx = r1(x(input.dependence));
  const dy = r1(y(input.independence));
  const regionLines = regions.map((region) => regionLabelLines(labels.regions[region.id]));
  const clearCorners: Box[] = [
    { left: x(4), top: y(2), right: RIGHT, bottom: BOTTOM },
    { left: LEFT, top: TOP, right: x(2), bottom: y(4) },
  ];
  const placed = placeLabels(
    regions.map((region, i) => ({
      lines: regionLines[i] ?? [],
      area: { left: region.x, top: region.y, right: region.x + region.w, bottom: region.y + region.h },
      above: region.y < midY,
    })),
    labels.you,
    { x: dx, y: dy },
    clearCorners,
  );
  const parts: string[] = [];
  for (const [i, region] of regions.entries()) {
    parts.push(
      `<rect class="dmap-region dmap-${region.id}" x="${r1(region.x)}" y="${r1(region.y)}" width="${r1(region.w)}" height="${r1(region.h)}"/>`,
    );
    const at = placed.regions[i];
    if (!at) continue;
    const spans = (regionLines[i] ?? [])
      .map((line, n) => `<tspan x="${r1(at.x)}" dy="${n === 0 ? 0 : LINE}">${escapeHtml(line)}</tspan>`)
      .join('');
    parts.push(`<text class="dmap-label" x="${r1(at.x)}" y="${r1(at.y)}" text-anchor="${at.anchor}">${spans}</text>`);
  }
  for (const c of clearCorners) {
    parts.push(
      `<rect class="dmap-clear" x="${r1(c.left)}" y="${r1(c.top)}" width="${r1(c.right - c.left)}" height="${r1(c.bottom - c.top)}"/>`,
    );
  }
  parts.push(`<line class="dmap-axis" x1="${LEFT}" y1="${BOTTOM}" x2="${RIGHT}" y2="${BOTTOM}"/>`);
  parts.push(`<line class="dmap-axis" x1="${LEFT}" y1="${BOTTOM}" x2="${LEFT}" y2="${TOP}"/>`);
  for (const tick of [1, 2, 3, 4, 5]) {
    parts.push(`<text class="dmap-tick" x="${r1(x(tick))}" y="${BOTTOM + 14}" text-anchor="middle">${tick}</text>`);
    parts.push(`<text class="dmap-tick" x="${LEFT - 8}" y="${r1(y(tick) + 4)}" text-anchor="end">${tick}</text>`);
  }
  parts.push(
    `<text class="dmap-axis-label" x="${(LEFT + RIGHT) / 2}" y="${BOTTOM + 34}" text-anchor="middle">${escapeHtml(labels.xAxis)} →</text>`,
  );
  parts.push(
    `<text class="dmap-axis-label" x="${-(TOP + BOTTOM) / 2}" y="16" text-anchor="middle" transform="rotate(-90)">${escapeHtml(labels.yAxis)} →</text>`,
  );
  parts.push(`<circle class="dmap-halo" cx="${dx}" cy="${dy}" r="${HALO}"/>`);
  parts.push(`<circle class="dmap-dot" cx="${dx}" cy="${dy}" r="8"/>`);
  const { you } = placed;
  parts.push(
    `<text class="dmap-you" x="${r1(you.x)}" y="${r1(you.y)}" text-anchor="${you.anchor}">${escapeHtml(labels.you)}</text>`,
  );
  const safeId = escapeHtml(id);
  return (
    `<svg class="dependence-map" viewBox="0 0 346 330" role="img" aria-labelledby="${safeId}-title ${safeId}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${safeId}-title">${escapeHtml(labels.title)}</title><desc id="${safeId}-desc">${escapeHtml(labels.desc)}</desc>` +
    `${parts.join('')}</svg>`
  );
}
