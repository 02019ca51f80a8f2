import { instrumentForDisplay } from '../../instruments/instrument-for-display.ts';
import { bodyIssues, LangQuerySchema, ScoreRequestSchema } from '../../schemas/api.ts';
import { assess, toScoringInstrument, validateAnswers, type Answers } from '../../scoring/index.ts';
import type { ContentData } from '../../content-data/load-content-data.ts';
import { apiError, jsonResponse } from '../api-error.ts';
import type { ApiRequest, ApiResponse } from '../api-types.ts';
import { readJsonBody } from '../read-json-body.ts';

/** Bodies larger than this are refused with 413. */
export const MAX_SCORE_BODY_BYTES = 16 * 1024;

const unknownInstrument = () =>
  apiError(404, 'not_found', 'There is no assessment with this id.', [{ field: 'id', problem: 'unknown_instrument' }]);

/** `GET /api/v1/assessments/{id}?lang=en|zh`: the instrument for display, texts in one language. */
export function getAssessment(req: ApiRequest, content: ContentData, id: string): ApiResponse {
  const lang = LangQuerySchema.safeParse(req.query.get('lang') ?? undefined);
  if (!lang.success)
    return apiError(400, 'invalid_query', 'lang must be "en" or "zh".', [
      { field: 'lang', problem: 'unknown_language' },
    ]);
  const instrument = content.instruments.get(id);
  if (!instrument) return unknownInstrument();
  return jsonResponse(instrumentForDisplay(instrument, lang.data), 200, { 'Cache-Control': 'public, max-age=300' });
}

/**
 * `POST /api/v1/assessments/{id}/score` with `{"answers": {...}}`: the same scoring the browser does,
 * for clients without it. Stores nothing.
 */
export async function scoreAssessment(req: ApiRequest, content: ContentData, id: string): Promise<ApiResponse> {
  const instrument = content.instruments.get(id);
  if (!instrument) return unknownInstrument();
  const body = await readJsonBody(req, MAX_SCORE_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = ScoreRequestSchema.safeParse(body.value);
  if (!parsed.success)
    return apiError(
      400,
      'invalid_body',
      'The body must be {"answers": {...}} and nothing else.',
      bodyIssues(parsed.error),
    );
  const scoring = toScoringInstrument(instrument);
  const problems = validateAnswers(scoring, parsed.data.answers);
  if (problems.length > 0)
    return apiError(400, 'invalid_answers', `${problems.length} answer(s) are missing or not valid.`, problems);
  const result = assess(scoring, parsed.data.answers as Answers);
  return jsonResponse({
    instrument: result.instrument,
    scoringVersion: result.scoringVersion,
    scores: result.scores,
    ...(result.pattern ? { pattern: result.pattern } : {}),
  });
}
