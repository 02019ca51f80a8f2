import type { Answers } from './answers.ts';
import { classifyDependence, type DependenceClassification } from './classify-dependence.ts';
import { score, type ScoreResult } from './score.ts';
import type { ScoringInstrument } from './scoring-instrument.ts';

/** The two dimensions that place a result on the dependence map. */
export const DEPENDENCE_DIMENSION = 'dependence-comfort';
export const INDEPENDENCE_DIMENSION = 'independence-comfort';

/** Scores plus, for instruments that measure both comfort dimensions, the region of the map. */
export interface Assessment extends ScoreResult {
  pattern?: DependenceClassification;
}

/** Scores valid answers and classifies them on the dependence map where the instrument allows it. */
export function assess(instrument: ScoringInstrument, answers: Answers): Assessment {
  const result = score(instrument, answers);
  const dep = result.scores[DEPENDENCE_DIMENSION];
  const ind = result.scores[INDEPENDENCE_DIMENSION];
  return dep !== undefined && ind !== undefined ? { ...result, pattern: classifyDependence(dep, ind) } : result;
}
