import type { Answers } from './answers.ts';
import type { ScoringInstrument } from './scoring-instrument.ts';
import { SCORING_VERSION } from './scoring-version.ts';
import { validateAnswers } from './validate-answers.ts';

/** The scored answers: the mean of each dimension on the instrument's scale, unrounded. */
export interface ScoreResult {
  instrument: { id: string; version: number };
  scoringVersion: number;
  scores: Record<string, number>;
}

/** The value a rating counts as: itself for `+` items, `points + 1 - value` for `-` items. */
export function keyedValue(points: number, key: '+' | '-', value: number): number {
  return key === '-' ? points + 1 - value : value;
}

/**
 * Scores complete, valid answers: reverse-keys `-` items and averages each dimension.
 * Throws if the answers are not valid; call `validateAnswers` first to report problems.
 */
export function score(instrument: ScoringInstrument, answers: Answers): ScoreResult {
  const problems = validateAnswers(instrument, answers);
  if (problems.length > 0) {
    throw new Error(`cannot score invalid answers: ${problems.map((p) => `${p.item} ${p.problem}`).join(', ')}`);
  }
  return scoreChecked(instrument, answers);
}

/**
 * `score` for answers that `validateAnswers` has already found complete and valid (a checked
 * submission): the same result, without checking them a second time.
 */
export function scoreChecked(instrument: ScoringInstrument, answers: Answers): ScoreResult {
  const points = instrument.scale.points;
  const scores: Record<string, number> = {};
  for (const dimension of instrument.dimensions) {
    // Summed in the items' order, so the same answers always give the same floating-point mean.
    let total = 0;
    let count = 0;
    for (const item of instrument.items) {
      if (item.dimension !== dimension.id) continue;
      total += keyedValue(points, item.key, answers[item.id] as number);
      count += 1;
    }
    if (count > 0) scores[dimension.id] = total / count;
  }
  return { instrument: { id: instrument.id, version: instrument.version }, scoringVersion: SCORING_VERSION, scores };
}
