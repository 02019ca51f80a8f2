import type { PreparationFailure } from '../../results/prepare-submission.ts';
import { resultForApi } from '../../results/result-for-api.ts';
import { hashToken } from '../../results/token.ts';
import type { ApiServices } from '../api-services.ts';
import { apiError, emptyResponse, jsonResponse } from '../api-error.ts';
import type { ApiRequest, ApiResponse } from '../api-types.ts';
import { invalidJson, readJsonText } from '../read-json-body.ts';

/** Bodies larger than this are refused with 413. */
export const MAX_RESULT_BODY_BYTES = 32 * 1024;

// Unknown and malformed tokens take the same path (hash, look up) and get the same answer.
const notFound = () => apiError(404, 'not_found', 'There is no result at this link. It may have been deleted.');

/**
 * `POST /api/v1/results`: scores the answers on the server, stores the result, and answers 201 with
 * the private token and URL. Nothing is stored on any error.
 */
export async function createResult(req: ApiRequest, services: ApiServices): Promise<ApiResponse> {
  const wait = services.submissions.retryAfter(req.clientAddress);
  if (wait > 0) {
    return apiError(
      429,
      'rate_limited',
      'Too many results from this connection. Please wait a moment and try again.',
      [{ retryAfterSeconds: wait }],
      {
        'Retry-After': String(wait),
      },
    );
  }
  const body = await readJsonText(req, MAX_RESULT_BODY_BYTES);
  if (!body.ok) return body.response;
  const submitted = await services.submitter.submit(body.text);
  if (!submitted.ok) return refusal(submitted);
  const { token, url } = submitted;
  services.submissions.record(req.clientAddress);
  return jsonResponse({ token, url }, 201, { Location: url });
}

/** The 400 of a submission that cannot be stored, saying what was wrong. */
function refusal(failure: PreparationFailure): ApiResponse {
  if (failure.problem === 'invalid_json') return invalidJson(failure.reason);
  const { check } = failure;
  return check.code === 'invalid_answers'
    ? apiError(400, 'invalid_answers', `${check.details.length} answer(s) are missing or not valid.`, check.details)
    : apiError(
        400,
        'invalid_body',
        'The result could not be saved: some fields are missing or not valid.',
        check.details,
      );
}

/** `GET /api/v1/results/{token}`: the stored result (scores, profile, playbook ids, versions, created). */
export async function getResult(services: ApiServices, token: string): Promise<ApiResponse> {
  const result = await services.store.findResult(hashToken(token));
  return result ? jsonResponse(resultForApi(result), 200, { 'Referrer-Policy': 'no-referrer' }) : notFound();
}

/** `DELETE /api/v1/results/{token}`: deletes the result for good; 204, then 404 everywhere. */
export async function deleteResult(services: ApiServices, token: string): Promise<ApiResponse> {
  return (await services.store.deleteResult(hashToken(token))) ? emptyResponse(204) : notFound();
}
