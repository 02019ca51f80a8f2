import { getEntry } from 'astro:content';
import { apiError, jsonResponse, methodNotAllowed } from '../../../../../lib/api/api-error.ts';
import { withErrors } from '../../../../../lib/api/with-errors.ts';
import { instrumentForDisplay } from '../../../../../lib/instruments/instrument-for-display.ts';
import { LangQuerySchema } from '../../../../../lib/schemas/api.ts';

export const prerender = false;

/** `GET /api/v1/assessments/{id}?lang=en|zh`: the instrument for display, texts in one language. */
export const GET = withErrors(async ({ params, url }) => {
  const lang = LangQuerySchema.safeParse(url.searchParams.get('lang') ?? undefined);
  if (!lang.success) {
    return apiError(400, 'invalid_query', 'lang must be "en" or "zh".', [
      { field: 'lang', problem: 'unknown_language' },
    ]);
  }
  const entry = params.id ? await getEntry('instruments', params.id) : undefined;
  if (!entry)
    return apiError(404, 'not_found', 'There is no assessment with this id.', [
      { field: 'id', problem: 'unknown_instrument' },
    ]);
  return jsonResponse(instrumentForDisplay(entry.data, lang.data), 200, { 'Cache-Control': 'public, max-age=300' });
});

export const ALL = withErrors(() => methodNotAllowed(['GET']));
