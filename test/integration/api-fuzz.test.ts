// The hardening suite's API fuzzing: every endpoint of /api/v1 gets thousands of hostile requests
// (malformed JSON, huge strings, deep nesting, wrong types, unicode edge cases, prototype-pollution keys,
// odd tokens, odd content types). Whatever arrives: never a 5xx, always the documented error shape for
// an error, and a rejected request changes nothing in the database.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiErrorCode } from '../../src/lib/api/api-error.ts';
import { hashToken } from '../../src/lib/results/token.ts';
import { openStore, type ResultsStore } from '../../src/lib/store/index.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { postJson, validSubmission } from '../support/submissions.ts';

/** At least 1,000 cases per endpoint in CI (and by default); FUZZ_RUNS sets another number for a quick local run. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);

const CODES: ApiErrorCode[] = [
  'not_found',
  'method_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'invalid_json',
  'invalid_body',
  'invalid_query',
  'invalid_answers',
  'rate_limited',
  'internal',
];

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** The documented error body: `{"error": {"code", "message", "details": []}}`, and nothing else. */
function expectErrorShape(res: Answer, what: string): void {
  expect(res.contentType, what).toMatch(/^application\/json/);
  const json = JSON.parse(res.text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
  expect(Object.keys(json), what).toEqual(['error']);
  expect(Object.keys(json.error ?? {}).sort(), what).toEqual(['code', 'details', 'message']);
  expect(CODES, what).toContain(json.error?.code);
  expect(json.error?.code, what).not.toBe('internal');
  expect(typeof json.error?.message === 'string' && json.error.message.length > 0, what).toBe(true);
  expect(Array.isArray(json.error?.details), what).toBe(true);
  expect(res.text, `${what}: no stack trace`).not.toMatch(/at .*\.(m?js|ts):\d+|node:internal/);
}

// ---- Hostile bodies -------------------------------------------------------------------------------

const EDGE_STRINGS = [
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\u202e',
  '\u200b',
  'e\u0301',
  '💔🫂',
  '𠀀',
  '\\',
  '"',
  '</script>',
  "'; drop table results; --",
  '%00',
  '..%2f..%2f',
  'ａｂｃ',
  '依赖',
];
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString'];

const edgeString = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const anyKey = fc.oneof(fc.constantFrom(...POLLUTION_KEYS), edgeString);
/** JSON values with hostile keys and strings. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -1e-308)),
    edgeString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(anyKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** JSON text for `value`, keeping keys such as "__proto__" as own keys (as a client could send them). */
function jsonText(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`)
    .join(',')}}`;
}

/** `base` with some fields replaced by hostile values, some removed, and hostile keys added. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(base);
  if (keys.length === 0) return fc.dictionary(anyKey, hostileValue, { maxKeys: 3 }).map(jsonText);
  return fc
    .tuple(
      fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 3 }),
      fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      fc.dictionary(anyKey, hostileValue, { maxKeys: 2 }),
      fc.constantFrom(...POLLUTION_KEYS),
      fc.boolean(),
    )
    .map(([replaced, removed, added, pollution, pollute]) => {
      const body: Record<string, unknown> = { ...base, ...replaced };
      for (const k of removed) delete body[k];
      const text = jsonText({ ...body, ...added });
      // A prototype-pollution attempt spliced in as raw JSON.
      return pollute ? text.replace(/^\{/, `{${JSON.stringify(pollution)}:{"polluted":true,"answers":{}},`) : text;
    });
}

const deepNesting = fc
  .tuple(fc.integer({ min: 10, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`);
const hugeString = fc
  .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('a', '依', '\u0000', '💔'))
  .map(([n, c]) => `{"answers":{"dep-1":"${c.repeat(n)}"}}`);
const malformed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .tuple(fc.constant(JSON.stringify(validSubmission())), fc.nat())
    .map(([text, cut]) => text.slice(0, cut % text.length)),
  fc.constantFrom('{', '}', '{"a":}', "{'a':1}", '{"a":1,}', 'NaN', 'undefined', '\ufeff{}', '[1,2', '{"a":1}{"b":2}'),
);

/** Any hostile body, as text; `base` is a valid body of the endpoint to mutate. */
function hostileBody(base: Record<string, unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    mutated(base),
    malformed,
    deepNesting,
    hugeString,
    hostileValue.map(jsonText),
    fc.dictionary(anyKey, hostileValue, { maxKeys: 5 }).map(jsonText),
  );
}

/** A content type a client might send, mostly JSON. */
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  fc.constantFrom(
    undefined,
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=utf-16',
    'APPLICATION/JSON',
    'application/jsonx',
  ),
);

/** A path segment where a token or id goes. */
const segment = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,200}$/),
  fc.constantFrom('..', '.', '%2e%2e', '__proto__', 'constructor', 'null', 'undefined', '0', '-1'),
);
const encoded = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    // A lone surrogate cannot be encoded; send its raw percent form instead.
    return '%ED%A0%80';
  }
};

describe.each(await testDatabaseKinds())('fuzzing the API on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let store: ResultsStore;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer({ DATABASE_URL: database.url, RESULTS_PER_MINUTE: '1000000', LOG_REQUESTS: '0' });
    store = await openStore(database.url);
    const saved = await postJson(server.origin, '/api/v1/results', validSubmission());
    token = (saved.json as { token: string }).token;
  });
  afterAll(async () => {
    await server?.stop();
    await store?.close();
    await database?.drop();
  });

  /** Everything a request could change: the number of results, and the fixture result as stored. */
  const snapshot = async () => JSON.stringify([await store.countResults(), await store.findResult(hashToken(token))]);

  async function send(method: string, path: string, body?: string, type?: string): Promise<Answer> {
    const res = await fetch(`${server.origin}${path}`, {
      method,
      headers: type ? { 'Content-Type': type } : {},
      ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body }),
    });
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
  }

  /**
   * Sends each generated request; checks it is not a 5xx, that an error has the documented shape, and
   * that a request that was not accepted (anything but 2xx) changed nothing. (A mutation can leave a
   * body valid, e.g. `{}` for a share link: then it is accepted, and may change what it should.)
   */
  async function fuzz(
    name: string,
    requests: fc.Arbitrary<{ method: string; path: string; body?: string; type?: string | undefined }>,
  ): Promise<void> {
    let before = await snapshot();
    await fc.assert(
      fc.asyncProperty(requests, async ({ method, path, body, type }) => {
        const what = `${name}: ${method} ${path.slice(0, 80)} ${String(type)} ${(body ?? '').slice(0, 120)}`;
        const res = await send(method, path, body, type);
        expect(res.status, what).toBeLessThan(500);
        if (res.status >= 400) expectErrorShape(res, what);
        const after = await snapshot();
        if (res.status >= 300) expect(after, `${what}: nothing stored`).toBe(before);
        before = after;
      }),
      { numRuns: RUNS },
    );
  }

  const answers = () => Object.fromEntries(Object.entries(validSubmission()['answers'] as object));

  test('POST /api/v1/results', async () => {
    await fuzz(
      'submit',
      fc.record({
        method: fc.constant('POST'),
        path: fc.constant('/api/v1/results'),
        body: hostileBody(validSubmission()),
        type: contentType,
      }),
    );
  });

  test('POST /api/v1/assessments/{id}/score and GET /api/v1/assessments/{id}', async () => {
    await fuzz(
      'score',
      fc.record({
        method: fc.constant('POST'),
        path: fc.oneof(
          { weight: 4, arbitrary: fc.constant('/api/v1/assessments/dependence-balance/score') },
          segment.map((s) => `/api/v1/assessments/${encoded(s)}/score`),
        ),
        body: hostileBody({ answers: answers() }),
        type: contentType,
      }),
    );
    await fuzz(
      'assessment',
      fc
        .record({
          method: fc.constant('GET'),
          path: fc.oneof(
            fc.constant('/api/v1/assessments/dependence-balance'),
            segment.map((s) => `/api/v1/assessments/${encoded(s)}`),
          ),
        })
        .chain((r) =>
          fc.oneof(
            fc.constant(r),
            fc.record({ lang: edgeString, extra: edgeString }).map(({ lang, extra }) => ({
              ...r,
              path: `${r.path}?lang=${encoded(lang)}&${encoded(extra)}=${encoded(extra)}`,
            })),
          ),
        ),
    );
  });

  test('GET and DELETE /api/v1/results/{token}: unknown and malformed tokens all get the same 404', async () => {
    let first: string | undefined;
    await fuzz(
      'result by token',
      fc.record({
        method: fc.constantFrom('GET', 'DELETE'),
        path: segment.filter((s) => s !== token).map((s) => `/api/v1/results/${encoded(s)}`),
      }),
    );
    // The same answer, byte for byte, whatever is wrong with the token.
    await fc.assert(
      fc.asyncProperty(
        segment.filter((s) => s !== token && s !== '.' && s !== '..' && s !== '%2e%2e'),
        async (s) => {
          const res = await send('GET', `/api/v1/results/${encoded(s)}`);
          expect(res.status).toBe(404);
          first ??= res.text;
          expect(res.text).toBe(first);
        },
      ),
      { numRuns: Math.min(RUNS, 300) },
    );
  });

  test('POST and DELETE /api/v1/results/{token}/share, GET /api/v1/share/{id}', async () => {
    await fuzz(
      'share',
      fc.oneof(
        fc.record({
          method: fc.constant('POST'),
          path: fc.oneof(
            { weight: 3, arbitrary: fc.constant(`/api/v1/results/${token}/share`) },
            segment.map((s) => `/api/v1/results/${encoded(s)}/share`),
          ),
          body: hostileBody({ indexable: false }),
          type: contentType,
        }),
        fc.record({ method: fc.constant('GET'), path: segment.map((s) => `/api/v1/share/${encoded(s)}`) }),
        fc.record({
          method: fc.constant('DELETE'),
          path: segment.filter((s) => s !== token).map((s) => `/api/v1/results/${encoded(s)}/share`),
        }),
      ),
    );
  });

  test('PUT /api/v1/results/{token}/context', async () => {
    await fuzz(
      'context',
      fc.record({
        method: fc.constant('PUT'),
        path: fc.oneof(
          { weight: 3, arbitrary: fc.constant(`/api/v1/results/${token}/context`) },
          segment.map((s) => `/api/v1/results/${encoded(s)}/context`),
        ),
        body: hostileBody({
          status: 'dating',
          triggers: ['slow-replies', 'heated-argument'],
          goal: 'calmer-apart',
          partnerTakingTest: 'yes',
        }),
        type: contentType,
      }),
    );
  });

  test('any method on any path under /api/v1', async () => {
    await fuzz(
      'any',
      fc.record({
        method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
        path: fc
          .array(segment.map(encoded), { minLength: 0, maxLength: 5 })
          .map((parts) => `/api/v1/${parts.join('/')}`)
          // Dot segments ("..") take the URL out of /api/v1 before it is sent: not an API request.
          .filter((p) => !p.includes(token) && new URL(p, 'http://x').pathname.startsWith('/api/v1/')),
        body: fc.option(hostileBody({}), { nil: undefined }),
        type: contentType,
      }),
    );
  });
});
