import { interpolate } from '../../i18n/interpolate.ts';
import type { DependenceClassification } from '../../lib/scoring/index.ts';
import { dependenceMapSvg } from './dependence-map-svg.ts';
import type { DependenceCheckText } from './dependence-check-text.ts';
import { escapeHtml } from './escape-html.ts';

/** One decimal, as scores are shown everywhere. */
export const formatScore = (n: number): string => n.toFixed(1);

/** The label of a pattern with its strength ("Clearly over-dependent"). */
export function dependencePatternLabel(text: DependenceCheckText, pattern: DependenceClassification): string {
  const forms = text.patterns[pattern.id];
  return pattern.strength === 'clear' ? forms.clear : forms.leaning;
}

/**
 * The result of the dependence check as HTML: heading, the pattern in words, the map, both scores,
 * a few plain sentences and the caveat. The server pages and the browser build it with this one
 * function, so a result looks the same wherever it was scored.
 */
export function dependenceResultHtml(input: {
  dependence: number;
  independence: number;
  pattern: DependenceClassification;
  text: DependenceCheckText;
  headingLevel: 2 | 3 | 4 | 5;
  idPrefix: string;
}): string {
  const { text, pattern, headingLevel: h, idPrefix } = input;
  const label = dependencePatternLabel(text, pattern);
  const dep = formatScore(input.dependence);
  const ind = formatScore(input.independence);
  const map = dependenceMapSvg({
    dependence: input.dependence,
    independence: input.independence,
    labels: { ...text.map, desc: interpolate(text.map.desc, { dep, ind, pattern: label }) },
    id: `${idPrefix}-map`,
  });
  const score = (name: string, value: string) =>
    `<div><dt>${escapeHtml(name)}</dt><dd>${escapeHtml(interpolate(text.scoreValue, { score: value, max: 5 }))}</dd></div>`;
  return (
    `<h${h} id="${escapeHtml(idPrefix)}-result-title" class="dresult-title" tabindex="-1">${escapeHtml(text.resultTitle)}</h${h}>` +
    `<p class="dresult-pattern">${escapeHtml(label)}</p>` +
    `<div class="dresult-layout">${map}<div><dl class="dresult-scores">${score(text.dimensions.dependence, dep)}${score(text.dimensions.independence, ind)}</dl>` +
    `<p>${escapeHtml(text.patterns[pattern.id].body)}</p></div></div>` +
    `<p class="dresult-caveat">${escapeHtml(text.caveat)}</p>`
  );
}
