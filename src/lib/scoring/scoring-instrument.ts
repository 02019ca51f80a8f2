import type { Instrument } from '../schemas/instrument.ts';

/**
 * What scoring needs of an instrument: ids, keys, dimensions and the scale — no texts. The browser
 * gets this much and no more.
 */
export interface ScoringInstrument {
  id: string;
  version: number;
  scale: { points: number };
  dimensions: readonly { id: string }[];
  items: readonly { id: string; dimension: string; key: '+' | '-' }[];
}

/** Strips an instrument down to what scoring needs. */
export function toScoringInstrument(instrument: Instrument): ScoringInstrument {
  return {
    id: instrument.id,
    version: instrument.version,
    scale: { points: instrument.scale.points },
    dimensions: instrument.dimensions.map((d) => ({ id: d.id })),
    items: instrument.items.map((i) => ({ id: i.id, dimension: i.dimension, key: i.key })),
  };
}
