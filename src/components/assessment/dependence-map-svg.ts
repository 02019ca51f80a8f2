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
  const parts: string[] = [];
  for (const region of regions) {
    parts.push(
      `<rect class="dmap-region dmap-${region.id}" x="${r1(region.x)}" y="${r1(region.y)}" width="${r1(region.w)}" height="${r1(region.h)}"/>`,
    );
    // Labels sit next to the centre lines, away from the dashed "clear" corners.
    const lines = regionLabelLines(labels.regions[region.id]);
    const cx = r1(region.x + region.w / 2);
    const ty = region.y < midY ? midY - 14 - (lines.length - 1) * 16 : midY + 24;
    const spans = lines
      .map((line, i) => `<tspan x="${cx}" dy="${i === 0 ? 0 : 16}">${escapeHtml(line)}</tspan>`)
      .join('');
    parts.push(`<text class="dmap-label" x="${cx}" y="${r1(ty)}" text-anchor="middle">${spans}</text>`);
  }
  parts.push(
    `<rect class="dmap-clear" x="${r1(x(4))}" y="${r1(y(2))}" width="${r1(RIGHT - x(4))}" height="${r1(BOTTOM - y(2))}"/>`,
  );
  parts.push(`<rect class="dmap-clear" x="${LEFT}" y="${TOP}" width="${r1(x(2) - LEFT)}" height="${r1(y(4) - TOP)}"/>`);
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
  const dx = r1(x(input.dependence));
  const dy = r1(y(input.independence));
  parts.push(`<circle class="dmap-halo" cx="${dx}" cy="${dy}" r="14"/>`);
  parts.push(`<circle class="dmap-dot" cx="${dx}" cy="${dy}" r="8"/>`);
  parts.push(
    `<text class="dmap-you" x="${dx}" y="${r1(dy > TOP + 30 ? dy - 18 : dy + 28)}" text-anchor="middle">${escapeHtml(labels.you)}</text>`,
  );
  const safeId = escapeHtml(id);
  return (
    `<svg class="dependence-map" viewBox="0 0 346 330" role="img" aria-labelledby="${safeId}-title ${safeId}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${safeId}-title">${escapeHtml(labels.title)}</title><desc id="${safeId}-desc">${escapeHtml(labels.desc)}</desc>` +
    `${parts.join('')}</svg>`
  );
}
