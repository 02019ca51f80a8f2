import type { z } from 'zod';
import { bodyIssues } from '../schemas/api.ts';
import type { Instrument } from '../schemas/instrument.ts';
import { SubmitResultSchema, type SafetyAnswer } from '../schemas/result.ts';
import { validateAnswers, type Answers, type AnswerProblem } from '../scoring/index.ts';
import type { Lang } from '../../i18n/locales.ts';

/** A submission that passed every check. */
export interface ValidSubmission {
  instrument: Instrument;
  lang: Lang;
  answers: Answers;
  safety: Record<string, SafetyAnswer>;
  research: boolean;
  /** The private token of the result this one retakes, if any. */
  previous?: string | undefined;
}

export type SubmissionCheck =
  | { ok: true; value: ValidSubmission }
  | { ok: false; code: 'invalid_body'; details: { field: string; problem: string }[] }
  | { ok: false; code: 'invalid_answers'; details: AnswerProblem[] };

function safetyIssues(error: z.ZodError): { field: string; problem: string }[] {
  return bodyIssues(error).map((d) =>
    d.field.startsWith('safety.') && d.problem !== 'missing' ? { ...d, problem: 'invalid_value' } : d,
  );
}

/**
 * Checks a `POST /api/v1/results` body against the schema and the instrument: the instrument must give
 * a profile, every safety question must be answered yes / no / skip and nothing else, and the answers
 * must be complete and on the scale. Returns every problem of the first failing stage.
 */
export function checkSubmission(
  body: unknown,
  findInstrument: (id: string) => Instrument | undefined,
): SubmissionCheck {
  const parsed = SubmitResultSchema.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'invalid_body', details: safetyIssues(parsed.error) };
  const { data } = parsed;
  const instrument = findInstrument(data.instrument);
  if (!instrument?.profile)
    return { ok: false, code: 'invalid_body', details: [{ field: 'instrument', problem: 'unknown_instrument' }] };

  const expected = instrument.safety.map((q) => q.id);
  const details: { field: string; problem: string }[] = [];
  for (const id of expected)
    if (!Object.hasOwn(data.safety, id)) details.push({ field: `safety.${id}`, problem: 'missing' });
  for (const id of Object.keys(data.safety))
    if (!expected.includes(id)) details.push({ field: `safety.${id}`, problem: 'unknown_field' });
  if (details.length > 0) return { ok: false, code: 'invalid_body', details };

  const problems = validateAnswers(instrument, data.answers);
  if (problems.length > 0) return { ok: false, code: 'invalid_answers', details: problems };
  return {
    ok: true,
    value: {
      instrument,
      lang: data.lang,
      answers: data.answers as Answers,
      safety: data.safety,
      research: data.research,
      previous: data.previous,
    },
  };
}
