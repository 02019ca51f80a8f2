import { getEntry } from 'astro:content';
import { apiError, jsonResponse, methodNotAllowed } from '../../../../../lib/api/api-error.ts';
import { readJsonBody } from '../../../../../lib/api/read-json-body.ts';
import { withErrors } from '../../../../../lib/api/with-errors.ts';
import { bodyIssues, ScoreRequestSchema } from '../../../../../lib/schemas/api.ts';
import { assess, toScoringInstrument, validateAnswers, type Answers } from '../../../../../lib/scoring/index.ts';

export const prerender = false;

/** Bodies larger than this are refused with 413. */
export const MAX_SCORE_BODY_BYTES = 16 * 1024;

/**
 * `POST /api/v1/assessments/{id}/score` with `{"answers": {...}}`: the same scoring the browser does,
 * for clients without it. Stores nothing.
 */
export const POST = withErrors(async ({ params, request }) => {
  const entry = params.id ? await getEntry('instruments', params.id) : undefined;
  if (!entry)
    return apiError(404, 'not_found', 'There is no assessment with this id.', [
      { field: 'id', problem: 'unknown_instrument' },
    ]);
  const body = await readJsonBody(request, MAX_SCORE_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = ScoreRequestSchema.safeParse(body.value);
  if (!parsed.success)
    return apiError(
      400,
      'invalid_body',
      'The body must be {"answers": {...}} and nothing else.',
      bodyIssues(parsed.error),
    );
  const instrument = toScoringInstrument(entry.data);
  const problems = validateAnswers(instrument, parsed.data.answers);
  if (problems.length > 0) {
    return apiError(400, 'invalid_answers', `${problems.length} answer(s) are missing or not valid.`, problems);
  }
  const result = assess(instrument, parsed.data.answers as Answers);
  return jsonResponse({
    instrument: result.instrument,
    scoringVersion: result.scoringVersion,
    scores: result.scores,
    ...(result.pattern ? { pattern: result.pattern } : {}),
  });
});

export const ALL = withErrors(() => methodNotAllowed(['POST']));
