/**
 * The version of the scoring rules (reverse keying, means, classification thresholds). Bumped whenever
 * a rule changes, and stored with every result so that an old result can be shown as it was made.
 */
export const SCORING_VERSION = 1;
