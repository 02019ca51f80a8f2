import { z } from 'zod';
import { LANGS } from '../../i18n/locales.ts';

/** `?lang=` of API reads: `en` (the default) or `zh`. */
export const LangQuerySchema = z.enum(LANGS).default('en');

/** `POST /api/v1/assessments/{id}/score`: the answers, and nothing else. */
export const ScoreRequestSchema = z
  .object({
    /** Item id -> rating; checked against the instrument by the scoring engine. */
    answers: z.unknown().refine((v) => v !== undefined, { message: 'required' }),
  })
  .strict();

/** Turns zod issues into `{ field, problem }` details for a 400 `invalid_body`. */
export function bodyIssues(error: z.ZodError): { field: string; problem: string }[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: key, problem: 'unknown_field' }));
    const field = issue.path.join('.') || '(body)';
    if (issue.code === 'invalid_type' && issue.received === 'undefined') return [{ field, problem: 'missing' }];
    if (issue.message === 'required') return [{ field, problem: 'missing' }];
    return [{ field, problem: issue.code === 'invalid_type' ? `expected_${issue.expected}` : issue.message }];
  });
}
