import type { Lang } from '../../i18n/locales.ts';
import type { Instrument } from '../../lib/schemas/instrument.ts';
import { toScoringInstrument } from '../../lib/scoring/index.ts';
import type { TestRunnerInstrument } from './test-runner-data.ts';

/** The relationship test in one language, as the runner island needs it. */
export function buildTestRunnerInstrument(lang: Lang, instrument: Instrument): TestRunnerInstrument {
  return {
    scoring: toScoringInstrument(instrument),
    minutes: instrument.minutes,
    stem: instrument.stem?.[lang] ?? '',
    scaleLabels: instrument.scale.labels.map((l) => l[lang]),
    items: instrument.items.map((i) => ({ id: i.id, text: i.text[lang] })),
    safety: instrument.safety.map((q) => ({ id: q.id, text: q.text[lang] })),
  };
}
