import { patternBody, patternLabel, patternName } from '../../i18n/pattern-label.ts';
import type { Lang } from '../../i18n/locales.ts';
import { translate } from '../../i18n/translate.ts';
import type { Instrument } from '../../lib/schemas/instrument.ts';
import { DEPENDENCE_PATTERNS, type DependencePattern } from '../../lib/scoring/index.ts';
import type { DependenceCheckText } from './dependence-check-text.ts';

function byPattern<T>(fn: (id: DependencePattern) => T): Record<DependencePattern, T> {
  return Object.fromEntries(DEPENDENCE_PATTERNS.map((id) => [id, fn(id)])) as Record<DependencePattern, T>;
}

/** The texts of the dependence check in one language. */
export function buildDependenceCheckText(lang: Lang, instrument: Instrument): DependenceCheckText {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const dimName = (id: string) => instrument.dimensions.find((d) => d.id === id)?.name[lang] ?? id;
  return {
    title: instrument.title[lang],
    intro: instrument.intro[lang],
    stem: instrument.stem?.[lang] ?? '',
    scaleLabels: instrument.scale.labels.map((l) => l[lang]),
    items: instrument.items.map((item) => ({ id: item.id, text: item.text[lang] })),
    dimensions: { dependence: dimName('dependence-comfort'), independence: dimName('independence-comfort') },
    submit: t('check.submit'),
    privacy: t('check.privacy'),
    missingTitle: t('check.missingTitle'),
    missingCount: t('check.missingCount'),
    resultTitle: t('check.resultTitle'),
    scoreValue: t('check.scoreValue'),
    caveat: t('check.caveat'),
    continueLabel: t('check.continue'),
    continueNote: t('check.continueNote'),
    change: t('check.change'),
    map: {
      title: t('map.title'),
      desc: t('map.desc'),
      xAxis: t('map.xAxis'),
      yAxis: t('map.yAxis'),
      you: t('map.you'),
      regions: byPattern((id) => patternName(lang, id)),
    },
    patterns: byPattern((id) => ({
      leaning: patternLabel(lang, id, 'leaning'),
      clear: patternLabel(lang, id, 'clear'),
      body: patternBody(lang, id),
    })),
  };
}
