import type { Lang } from '../../i18n/locales.ts';
import type { Instrument } from '../schemas/instrument.ts';

/** An instrument as the API gives it out: scoring metadata plus texts in one language. */
export interface InstrumentForDisplay {
  id: string;
  version: number;
  lang: Lang;
  title: string;
  intro: string;
  stem: string | null;
  scale: { points: number; labels: { value: number; label: string }[] };
  dimensions: { id: string; name: string; description: string }[];
  items: { id: string; dimension: string; key: '+' | '-'; text: string }[];
  safety: { id: string; text: string }[];
}

export function instrumentForDisplay(instrument: Instrument, lang: Lang): InstrumentForDisplay {
  return {
    id: instrument.id,
    version: instrument.version,
    lang,
    title: instrument.title[lang],
    intro: instrument.intro[lang],
    stem: instrument.stem?.[lang] ?? null,
    scale: {
      points: instrument.scale.points,
      labels: instrument.scale.labels.map((l, i) => ({ value: i + 1, label: l[lang] })),
    },
    dimensions: instrument.dimensions.map((d) => ({ id: d.id, name: d.name[lang], description: d.description[lang] })),
    items: instrument.items.map((i) => ({ id: i.id, dimension: i.dimension, key: i.key, text: i.text[lang] })),
    safety: instrument.safety.map((s) => ({ id: s.id, text: s.text[lang] })),
  };
}
