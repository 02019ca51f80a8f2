/** The pure scoring engine: no I/O, no clock, no randomness. The browser and the server call the same code. */
export type { Answers, AnswerProblem, AnswerProblemCode } from './answers.ts';
export { validateAnswers, isValidAnswers } from './validate-answers.ts';
export { score, scoreChecked, keyedValue, type ScoreResult } from './score.ts';
export {
  classifyDependence,
  DEPENDENCE_PATTERNS,
  DEPENDENCE_THRESHOLDS,
  type DependencePattern,
  type DependenceClassification,
  type PatternStrength,
} from './classify-dependence.ts';
export { SCORING_VERSION } from './scoring-version.ts';
export { encodeCarriedAnswers, decodeCarriedAnswers } from './carry-answers.ts';
export { toScoringInstrument, type ScoringInstrument } from './scoring-instrument.ts';
export { assess, DEPENDENCE_DIMENSION, INDEPENDENCE_DIMENSION, type Assessment } from './assess.ts';
export {
  buildProfile,
  levelOf,
  stressStyle,
  STRESS_STYLES,
  type Level,
  type Profile,
  type ProfileInstrument,
  type StressStyle,
} from './profile.ts';
