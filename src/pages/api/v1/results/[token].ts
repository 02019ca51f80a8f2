import { apiError, jsonResponse, methodNotAllowed } from '../../../../lib/api/api-error.ts';
import { withErrors } from '../../../../lib/api/with-errors.ts';
import { resultForApi } from '../../../../lib/results/result-for-api.ts';
import { hashToken } from '../../../../lib/results/token.ts';
import { servicesOf } from '../../../../server/services.ts';

export const prerender = false;

// Unknown and malformed tokens take the same path (hash, look up) and get the same answer.
const notFound = () => apiError(404, 'not_found', 'There is no result at this link. It may have been deleted.');

/** `GET /api/v1/results/{token}`: the stored result (scores, profile, playbook ids, versions, created). */
export const GET = withErrors(async ({ params, locals }) => {
  const { store } = await servicesOf(locals);
  const result = await store.findResult(hashToken(params.token ?? ''));
  return result ? jsonResponse(resultForApi(result), 200, { 'Referrer-Policy': 'no-referrer' }) : notFound();
});

/** `DELETE /api/v1/results/{token}`: deletes the result for good; 204, then 404 everywhere. */
export const DELETE = withErrors(async ({ params, locals }) => {
  const { store } = await servicesOf(locals);
  const deleted = await store.deleteResult(hashToken(params.token ?? ''));
  return deleted ? new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } }) : notFound();
});

export const ALL = withErrors(() => methodNotAllowed(['GET', 'DELETE']));
