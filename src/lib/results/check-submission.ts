import type { z } from 'zod';
import { bodyIssues } from '../schemas/api.ts';
import type { Instrument } from '../schemas/instrument.ts';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { SafetyAnswerSchema, SubmitResultSchema, type SafetyAnswer, type SubmitResult } from '../schemas/result.ts';
import { validateAnswers, type Answers, type AnswerProblem } from '../scoring/index.ts';

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

const SUBMISSION_FIELDS = new Set(Object.keys(SubmitResultSchema.shape));
const SAFETY_ANSWERS = new Set<unknown>(SafetyAnswerSchema.options);

/**
 * The body as `SubmitResultSchema` would give it, when it has the plain shape of a browser's
 * submission; otherwise undefined, and the schema checks it (and words what is wrong). Checked by hand
 * because it runs for every submission: the schema took a tenth of the time a result takes to make.
 * Anything unusual (an unknown or inherited key, a `__proto__` key) is left to the schema. A unit test
 * holds the two to the same answer.
 */
export function plainSubmission(body: unknown): SubmitResult | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  // for...in also lists inherited enumerable keys: any of them sends the body to the schema.
  for (const key in body) if (!SUBMISSION_FIELDS.has(key)) return undefined;
  const { instrument, lang, safety, answers, research, scores, previous } = body as Record<string, unknown>;
  if (typeof instrument !== 'string' || instrument.length > 100) return undefined;
  if (!(LANGS as readonly unknown[]).includes(lang)) return undefined;
  if (typeof safety !== 'object' || safety === null || Array.isArray(safety)) return undefined;
  if (Object.getPrototypeOf(safety) !== Object.prototype) return undefined;
  for (const key in safety) {
    if (!Object.hasOwn(safety, key) || key === '__proto__' || key.length > 100) return undefined;
    if (!SAFETY_ANSWERS.has((safety as Record<string, unknown>)[key])) return undefined;
  }
  if (answers === undefined) return undefined;
  if (research !== undefined && typeof research !== 'boolean') return undefined;
  if (previous !== undefined && (typeof previous !== 'string' || previous.length > 200)) return undefined;
  const data: SubmitResult = {
    instrument,
    lang: lang as Lang,
    safety: safety as Record<string, SafetyAnswer>,
    answers,
    research: research ?? false,
  };
  if (scores !== undefined) data.scores = scores;
  if (previous !== undefined) data.previous = previous;
  return data;
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
  let data = plainSubmission(body);
  if (!data) {
    const parsed = SubmitResultSchema.safeParse(body);
    if (!parsed.success) return { ok: false, code: 'invalid_body', details: safetyIssues(parsed.error) };
    data = parsed.data;
  }
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
