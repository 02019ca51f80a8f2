import { DEPENDENCE_DIMENSION, INDEPENDENCE_DIMENSION } from './assess.ts';
import { classifyDependence, type DependenceClassification } from './classify-dependence.ts';

/** How someone tends to act when conflict or distance rises. */
export const STRESS_STYLES = ['pursuer', 'withdrawer', 'both', 'neither'] as const;
export type StressStyle = (typeof STRESS_STYLES)[number];

/** A soft band of a dimension score, for the bars. */
export type Level = 'low' | 'moderate' | 'high';

/** What building a profile needs from an instrument: dimensions with their healthy end, and the rules. */
export interface ProfileInstrument {
  scale: { points: number };
  dimensions: readonly { id: string; healthy: 'high' | 'low' }[];
  profile?: {
    levels: { low: number; high: number };
    style: { pursuit: string; withdrawal: string; threshold: number };
  };
}

/** The communication profile of a result (DESIGN 4): positions and plain categories, never a diagnosis. */
export interface Profile {
  pattern: DependenceClassification;
  style: StressStyle;
  levels: Record<string, Level>;
  /** The two dimensions that are easiest to live with, most first. */
  strengths: string[];
  /** The two that are hardest, hardest first. */
  growthEdges: string[];
}

/** The band of a score: below `low` is low, at or above `high` is high. */
export function levelOf(score: number, bands: { low: number; high: number }): Level {
  if (score < bands.low) return 'low';
  if (score >= bands.high) return 'high';
  return 'moderate';
}

/** Pursuer, withdrawer, both or neither, from the two stress dimensions and one threshold. */
export function stressStyle(pursuit: number, withdrawal: number, threshold: number): StressStyle {
  const pursues = pursuit >= threshold;
  const withdraws = withdrawal >= threshold;
  if (pursues && withdraws) return 'both';
  if (pursues) return 'pursuer';
  if (withdraws) return 'withdrawer';
  return 'neither';
}

/** The level of every dimension, in the instrument's order (an object built key by key: JSON.stringify is faster on it). */
function levelsOf(
  instrument: ProfileInstrument,
  score: (id: string) => number,
  bands: { low: number; high: number },
): Record<string, Level> {
  const levels: Record<string, Level> = {};
  for (const d of instrument.dimensions) levels[d.id] = levelOf(score(d.id), bands);
  return levels;
}

/**
 * Builds the profile from dimension scores. Every dimension is turned so that higher means easier to
 * live with (points + 1 - score for dimensions whose healthy end is low); the two highest are the
 * strengths and the two lowest of the rest the growth edges, ties going to the dimension listed first.
 */
export function buildProfile(instrument: ProfileInstrument, scores: Readonly<Record<string, number>>): Profile {
  const rules = instrument.profile;
  if (!rules) throw new Error('this instrument has no profile rules');
  const score = (id: string): number => {
    const value = scores[id];
    if (value === undefined) throw new Error(`missing score for "${id}"`);
    return value;
  };
  const turned = instrument.dimensions.map((d, order) => ({
    id: d.id,
    order,
    value: d.healthy === 'low' ? instrument.scale.points + 1 - score(d.id) : score(d.id),
  }));
  const best = [...turned].sort((a, b) => b.value - a.value || a.order - b.order);
  const strengths = best.slice(0, 2).map((d) => d.id);
  // Growth edges come from the other dimensions, so that a flat profile never names one thing both ways.
  const worst = turned.filter((d) => !strengths.includes(d.id)).sort((a, b) => a.value - b.value || a.order - b.order);
  return {
    pattern: classifyDependence(score(DEPENDENCE_DIMENSION), score(INDEPENDENCE_DIMENSION)),
    style: stressStyle(score(rules.style.pursuit), score(rules.style.withdrawal), rules.style.threshold),
    levels: levelsOf(instrument, score, rules.levels),
    strengths,
    growthEdges: worst.slice(0, 2).map((d) => d.id),
  };
}
