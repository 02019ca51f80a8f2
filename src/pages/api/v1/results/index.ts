import { apiError, jsonResponse, methodNotAllowed } from '../../../../lib/api/api-error.ts';
import { readJsonBody } from '../../../../lib/api/read-json-body.ts';
import { withErrors } from '../../../../lib/api/with-errors.ts';
import { checkSubmission } from '../../../../lib/results/check-submission.ts';
import { saveSubmission } from '../../../../lib/results/save-submission.ts';
import { getInstruments, getPractices } from '../../../../lib/wiki/data.ts';
import { servicesOf } from '../../../../server/services.ts';

export const prerender = false;

/** Bodies larger than this are refused with 413. */
export const MAX_RESULT_BODY_BYTES = 32 * 1024;

/**
 * `POST /api/v1/results`: scores the answers on the server, stores the result, and answers 201 with
 * the private token and URL. Nothing is stored on any error.
 */
export const POST = withErrors(async ({ request, locals, clientAddress }) => {
  const services = await servicesOf(locals);
  const wait = services.submissions.retryAfter(clientAddress);
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
  const body = await readJsonBody(request, MAX_RESULT_BODY_BYTES);
  if (!body.ok) return body.response;
  const instruments = await getInstruments();
  const check = checkSubmission(body.value, (id) => instruments.get(id));
  if (!check.ok) {
    return check.code === 'invalid_answers'
      ? apiError(400, 'invalid_answers', `${check.details.length} answer(s) are missing or not valid.`, check.details)
      : apiError(
          400,
          'invalid_body',
          'The result could not be saved: some fields are missing or not valid.',
          check.details,
        );
  }
  const saved = await saveSubmission(services.store, check.value, await getPractices());
  services.submissions.record(clientAddress);
  return jsonResponse(saved, 201, { Location: saved.url });
});

export const ALL = withErrors(() => methodNotAllowed(['POST']));
