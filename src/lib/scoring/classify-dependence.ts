/** The four regions of the dependence map (DESIGN 4). */
export const DEPENDENCE_PATTERNS = [
  'healthy-interdependence',
  'over-dependence',
  'hyper-independence',
  'uneasy-both-ways',
] as const;

export type DependencePattern = (typeof DEPENDENCE_PATTERNS)[number];

/** How far into its region a point is. Healthy interdependence and uneasy-both-ways are always `leaning`. */
export type PatternStrength = 'leaning' | 'clear';

export interface DependenceClassification {
  id: DependencePattern;
  strength: PatternStrength;
}

/** The thresholds of the map, on the 1-5 scale. */
export const DEPENDENCE_THRESHOLDS = {
  /** A score at or above this is "comfortable" on its axis; below is "uncomfortable". */
  region: 3,
  /** Over-dependence is clear at dependence >= this and independence <= `clearLow`. */
  clearHigh: 4,
  /** ...and hyper-independence at dependence <= this and independence >= `clearHigh`. */
  clearLow: 2,
} as const;

/**
 * Places a (dependence comfort, independence comfort) pair in exactly one region:
 * - both >= 3: healthy interdependence;
 * - dependence >= 3, independence < 3: over-dependence, clear when dependence >= 4 and independence <= 2;
 * - dependence < 3, independence >= 3: hyper-independence, clear when dependence <= 2 and independence >= 4;
 * - both < 3: uneasy both ways.
 * A score exactly on 3 counts as comfortable on its axis.
 */
export function classifyDependence(dependence: number, independence: number): DependenceClassification {
  const { region, clearHigh, clearLow } = DEPENDENCE_THRESHOLDS;
  const depOk = dependence >= region;
  const indOk = independence >= region;
  if (depOk && indOk) return { id: 'healthy-interdependence', strength: 'leaning' };
  if (depOk) {
    return {
      id: 'over-dependence',
      strength: dependence >= clearHigh && independence <= clearLow ? 'clear' : 'leaning',
    };
  }
  if (indOk) {
    return {
      id: 'hyper-independence',
      strength: dependence <= clearLow && independence >= clearHigh ? 'clear' : 'leaning',
    };
  }
  return { id: 'uneasy-both-ways', strength: 'leaning' };
}
