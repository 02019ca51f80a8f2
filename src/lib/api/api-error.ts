import type { ApiResponse } from './api-types.ts';

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

/** A JSON response. API answers are never cached unless the handler says so. */
export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
    body: JSON.stringify(data),
  };
}

/** An empty response (204). */
export function emptyResponse(status = 204): ApiResponse {
  return { status, headers: { 'Cache-Control': 'no-store' } };
}

/** An error response that says what was wrong; never a stack trace. */
export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  details: unknown[] = [],
  headers: Record<string, string> = {},
): ApiResponse {
  const body: ApiErrorBody = { error: { code, message, details } };
  return jsonResponse(body, status, headers);
}

/** 405 with the methods the route does accept. */
export function methodNotAllowed(allowed: readonly string[]): ApiResponse {
  return apiError(405, 'method_not_allowed', `This endpoint accepts ${allowed.join(', ')} only.`, [], {
    Allow: allowed.join(', '),
  });
}
