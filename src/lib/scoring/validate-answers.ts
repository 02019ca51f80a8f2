import type { AnswerProblem, Answers } from './answers.ts';
import type { ScoringInstrument } from './scoring-instrument.ts';

type ScoringShape = Pick<ScoringInstrument, 'items' | 'scale'>;

const knownIds = new WeakMap<ScoringShape['items'], ReadonlySet<string>>();

/** The item ids of an instrument, as a set made once per list of items. */
function itemIds(items: ScoringShape['items']): ReadonlySet<string> {
  let ids = knownIds.get(items);
  if (!ids) {
    ids = new Set(items.map((i) => i.id));
    knownIds.set(items, ids);
  }
  return ids;
}

/**
 * Checks answers against an instrument and returns every problem at once (an empty list means the
 * answers are complete and valid): unknown items, missing items, values that are not numbers, not
 * integers or not on the scale. Items are reported in the instrument's order, unknown ones after.
 */
export function validateAnswers(instrument: ScoringShape, answers: unknown): AnswerProblem[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [{ item: '*', problem: 'wrong_type' }];
  }
  const record = answers as Record<string, unknown>;
  const problems: AnswerProblem[] = [];
  for (const item of instrument.items) {
    if (!Object.hasOwn(record, item.id)) {
      problems.push({ item: item.id, problem: 'missing' });
      continue;
    }
    const value = record[item.id];
    if (typeof value !== 'number' || Number.isNaN(value)) problems.push({ item: item.id, problem: 'wrong_type' });
    else if (!Number.isInteger(value)) problems.push({ item: item.id, problem: 'not_integer' });
    else if (value < 1 || value > instrument.scale.points) problems.push({ item: item.id, problem: 'out_of_range' });
  }
  // With every item present, any key beyond their number is one the instrument does not know.
  const keys = Object.keys(record);
  if (keys.length > instrument.items.length || problems.length > 0) {
    const known = itemIds(instrument.items);
    for (const key of keys) {
      if (!known.has(key)) problems.push({ item: key, problem: 'unknown_item' });
    }
  }
  return problems;
}

/** Narrowing form of `validateAnswers`: true when the answers are complete and valid. */
export function isValidAnswers(instrument: ScoringShape, answers: unknown): answers is Answers {
  return validateAnswers(instrument, answers).length === 0;
}
