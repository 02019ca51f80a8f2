import { z } from 'zod';
import { paths } from '../../../i18n/routes.ts';
import { isLang } from '../../../i18n/locales.ts';
import { checkContext } from '../../results/check-context.ts';
import { publicProfile } from '../../results/public-profile.ts';
import { reportForResult } from '../../results/report-for-result.ts';
import { createShareId, hashToken } from '../../results/token.ts';
import { bodyIssues } from '../../schemas/api.ts';
import type { ApiServices } from '../api-services.ts';
import { apiError, emptyResponse, jsonResponse } from '../api-error.ts';
import type { ApiRequest, ApiResponse } from '../api-types.ts';
import { readJsonBody } from '../read-json-body.ts';

const MAX_BODY_BYTES = 4 * 1024;
const noResult = () => apiError(404, 'not_found', 'There is no result at this link. It may have been deleted.');

/** `POST /api/v1/results/{token}/share` with `{"indexable": false}` (optional body): a new share link. */
export const ShareRequestSchema = z.object({ indexable: z.boolean().default(false) }).strict();

export async function createShare(req: ApiRequest, services: ApiServices, token: string): Promise<ApiResponse> {
  let body: unknown = {};
  if (req.header('content-length') !== '0' && (req.header('content-type') ?? '') !== '') {
    const read = await readJsonBody(req, MAX_BODY_BYTES);
    if (!read.ok) return read.response;
    body = read.value;
  }
  const parsed = ShareRequestSchema.safeParse(body);
  if (!parsed.success)
    return apiError(400, 'invalid_body', 'The body may only say {"indexable": true|false}.', bodyIssues(parsed.error));
  const result = await services.store.findResult(hashToken(token));
  if (!result) return noResult();
  const shareId = createShareId();
  await services.store.createShare(hashToken(token), shareId, parsed.data.indexable);
  const lang = isLang(req.query.get('lang')) ? (req.query.get('lang') as 'en' | 'zh') : result.lang;
  return jsonResponse({ shareId, url: paths.share(lang, shareId), indexable: parsed.data.indexable }, 201);
}

/** `DELETE /api/v1/results/{token}/share`: the link and its card answer 404 at once. */
export async function revokeShare(services: ApiServices, token: string): Promise<ApiResponse> {
  return (await services.store.revokeShare(hashToken(token))) ? emptyResponse(204) : noResult();
}

/** `PUT /api/v1/results/{token}/context`: stores the context step's answers and returns the report. */
export async function putContext(req: ApiRequest, services: ApiServices, token: string): Promise<ApiResponse> {
  const read = await readJsonBody(req, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const check = checkContext(read.value, services.content.report);
  if (!check.ok)
    return apiError(
      400,
      'invalid_body',
      'The context could not be saved: some fields are missing or not valid.',
      check.details,
    );
  const hash = hashToken(token);
  if (!(await services.store.setContext(hash, check.value))) return noResult();
  const result = await services.store.findResult(hash);
  const report = result ? reportForResult(result, services.content) : undefined;
  return report ? jsonResponse({ context: check.value, report }) : noResult();
}

/** `GET /api/v1/share/{shareId}`: the public profile only. */
export async function getShare(services: ApiServices, shareId: string): Promise<ApiResponse> {
  const result = await services.store.findShared(shareId);
  return result
    ? jsonResponse(publicProfile(result), 200, { 'Cache-Control': 'no-cache' })
    : apiError(404, 'not_found', 'This share link does not exist, or its owner removed it.');
}
