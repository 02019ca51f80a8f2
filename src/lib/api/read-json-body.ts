import { apiError } from './api-error.ts';

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads a JSON request body of at most `maxBytes`: 415 for another content type, 413 when larger
 * (checked on the declared length and again while reading, so a lying client cannot get past it),
 * 400 `invalid_json` when it does not parse.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    return {
      ok: false,
      response: apiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'),
    };
  }
  const tooLarge = () => ({
    ok: false as const,
    response: apiError(413, 'payload_too_large', `The body is larger than ${maxBytes} bytes.`, [{ limit: maxBytes }]),
  });
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'unparseable';
    return {
      ok: false,
      response: apiError(400, 'invalid_json', 'The body is not valid JSON.', [{ reason: reason.slice(0, 200) }]),
    };
  }
}
