import { patternLabel, patternName } from '../../i18n/pattern-label.ts';
import type { Lang } from '../../i18n/locales.ts';
import { translate } from '../../i18n/translate.ts';
import { DEPENDENCE_PATTERNS, type DependencePattern, type PatternStrength } from '../scoring/index.ts';

/** Every text a share card can show, in one language. The card font is subset to exactly these characters. */
export interface CardText {
  siteName: string;
  profile: string;
  cta: string;
  xAxis: string;
  yAxis: string;
  you: string;
  regions: Record<DependencePattern, string>;
  labels: Record<`${DependencePattern}.${PatternStrength}`, string>;
}

export function cardText(lang: Lang): CardText {
  const labels = {} as CardText['labels'];
  const regions = {} as CardText['regions'];
  for (const id of DEPENDENCE_PATTERNS) {
    regions[id] = patternName(lang, id);
    for (const strength of ['leaning', 'clear'] as const)
      labels[`${id}.${strength}`] = patternLabel(lang, id, strength);
  }
  return {
    siteName: translate(lang, 'site.name'),
    profile: translate(lang, 'card.profile'),
    cta: translate(lang, 'share.takeYourself'),
    xAxis: translate(lang, 'map.xAxis'),
    yAxis: translate(lang, 'map.yAxis'),
    you: translate(lang, 'map.you'),
    regions,
    labels,
  };
}

/** All characters any card can need: the card texts of both languages, digits and printable ASCII. */
export function cardCharacters(): string {
  const texts = (['en', 'zh'] as const).flatMap((lang) => {
    const t = cardText(lang);
    return [
      t.siteName,
      t.profile,
      t.cta,
      t.xAxis,
      t.yAxis,
      t.you,
      ...Object.values(t.regions),
      ...Object.values(t.labels),
    ];
  });
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  return [...new Set([...texts.join(''), ...ascii, ...'→—–’“”…·'])].sort().join('');
}
