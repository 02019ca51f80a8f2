/** Machine-readable error codes of the JSON API (documented in the README). */
export type ApiErrorCode =
  | 'not_found'
  | 'method_not_allowed'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'invalid_json'
  | 'invalid_body'
  | 'invalid_query'
  | 'invalid_answers'
  | 'rate_limited'
  | 'internal';

/** The body of every error: `{ "error": { "code", "message", "details" } }`. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; details: unknown[] };
}

/** A JSON response. API answers are never cached unless the caller says so. */
export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** An error response that says what was wrong; never a stack trace. */
export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  details: unknown[] = [],
  headers: Record<string, string> = {},
): Response {
  const body: ApiErrorBody = { error: { code, message, details } };
  return jsonResponse(body, status, headers);
}

/** 405 with the methods the route does accept. */
export function methodNotAllowed(allowed: string[]): Response {
  return apiError(405, 'method_not_allowed', `This endpoint accepts ${allowed.join(', ')} only.`, [], {
    Allow: allowed.join(', '),
  });
}
