import { choosePractices, type PracticeRule } from '../playbook/index.ts';
import type { Instrument } from '../schemas/instrument.ts';
import type { SafetyAnswer } from '../schemas/result.ts';
import type { NewResult } from '../store/index.ts';
import { buildProfile, scoreChecked, type Answers } from '../scoring/index.ts';
import type { Lang } from '../../i18n/locales.ts';

/** True when any safety question was answered "yes". */
export function hasSafetyConcern(safety: Readonly<Record<string, SafetyAnswer>>): boolean {
  return Object.values(safety).includes('yes');
}

/**
 * Makes the result to store from valid answers (complete and on the scale: a submission that passed
 * `checkSubmission`): scores, profile and playbook, with the versions it was made with. Pure: the id
 * and the time are passed in.
 */
export function buildResult(input: {
  instrument: Instrument;
  practices: readonly PracticeRule[];
  lang: Lang;
  answers: Answers;
  safety: Record<string, SafetyAnswer>;
  research: boolean;
  id: string;
  createdAt: Date;
  previousResultId?: string | null;
}): Omit<NewResult, 'tokenHash'> {
  const scored = scoreChecked(input.instrument, input.answers);
  const profile = buildProfile(input.instrument, scored.scores);
  const safetyConcern = hasSafetyConcern(input.safety);
  return {
    id: input.id,
    lang: input.lang,
    instrument: scored.instrument,
    scoringVersion: scored.scoringVersion,
    answers: { ...input.answers },
    safety: input.safety,
    scores: scored.scores,
    profile,
    playbook: choosePractices(input.practices, profile, { safetyConcern }),
    safetyConcern,
    research: input.research,
    createdAt: input.createdAt.toISOString(),
    previousResultId: input.previousResultId ?? null,
  };
}
