import { apiError } from './api-error.ts';
import type { ApiRequest, ApiResponse } from './api-types.ts';

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; response: ApiResponse };

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const decoder = new TextDecoder('utf-8');

/** 400 `invalid_json`, with the parser's reason. */
export function invalidJson(reason: string): ApiResponse {
  return apiError(400, 'invalid_json', 'The body is not valid JSON.', [{ reason: reason.slice(0, 200) }]);
}

/**
 * Reads the text of a JSON request body of at most `maxBytes`: 415 for another content type, 413 when
 * larger (checked on the declared length and again while reading, so a lying client cannot get past it).
 */
export async function readJsonText(
  request: ApiRequest,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; response: ApiResponse }> {
  if (!JSON_TYPE.test(request.header('content-type') ?? '')) {
    return {
      ok: false,
      response: apiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'),
    };
  }
  const tooLarge = () => ({
    ok: false as const,
    response: apiError(413, 'payload_too_large', `The body is larger than ${maxBytes} bytes.`, [{ limit: maxBytes }]),
  });
  const declared = Number(request.header('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  const body = await request.readBody(maxBytes);
  if (body.tooLarge) return tooLarge();
  return { ok: true, text: decoder.decode(body.bytes) };
}

/** Reads a JSON request body as `readJsonText` does, then parses it: 400 `invalid_json` when it does not parse. */
export async function readJsonBody(request: ApiRequest, maxBytes: number): Promise<JsonBodyResult> {
  const read = await readJsonText(request, maxBytes);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.text) as unknown };
  } catch (err) {
    return { ok: false, response: invalidJson(err instanceof Error ? err.message : 'unparseable') };
  }
}
