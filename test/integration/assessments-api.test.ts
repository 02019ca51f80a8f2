import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

interface GoldenCase {
  name: string;
  answers: Record<string, number>;
  expected: unknown;
}
const golden = JSON.parse(
  readFileSync(new URL('../fixtures/golden/dependence-balance.json', import.meta.url), 'utf8'),
) as GoldenCase[];
const complete = golden[1]?.answers ?? {};
const SCORE = '/api/v1/assessments/dependence-balance/score';

async function post(
  path: string,
  body: string,
  contentType = 'application/json',
): Promise<{
  status: number;
  json: { error?: { code: string; message: string; details: unknown[] } } & Record<string, unknown>;
}> {
  const res = await fetch(`${server.origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body,
  });
  return { status: res.status, json: (await res.json()) as never };
}

function expectErrorShape(json: { error?: { code: string; message: string; details: unknown[] } }): void {
  expect(Object.keys(json)).toEqual(['error']);
  expect(typeof json.error?.code).toBe('string');
  expect(typeof json.error?.message).toBe('string');
  expect(Array.isArray(json.error?.details)).toBe(true);
  expect(JSON.stringify(json)).not.toMatch(/at .*\.(m?js|ts):\d+/);
}

describe('GET /api/v1/assessments/{id}', () => {
  test('gives the instrument with texts in the asked language', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const res = await fetch(`${server.origin}/api/v1/assessments/dependence-balance?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await res.json()) as {
        id: string;
        version: number;
        scale: { points: number; labels: { value: number; label: string }[] };
        dimensions: { id: string }[];
        items: { id: string; dimension: string; key: string; text: string }[];
      };
      expect(body.id).toBe('dependence-balance');
      expect(body.version).toBe(1);
      expect(body.scale.points).toBe(5);
      expect(body.scale.labels[0]).toEqual({ value: 1, label: lang === 'en' ? 'Very uncomfortable' : '很不舒服' });
      expect(body.dimensions.map((d) => d.id)).toEqual(['dependence-comfort', 'independence-comfort']);
      expect(body.items).toHaveLength(10);
      expect(Object.keys(body.items[0] ?? {})).toEqual(['id', 'dimension', 'key', 'text']);
      expect(body.items.filter((i) => i.dimension === 'dependence-comfort')).toHaveLength(5);
      if (lang === 'zh') expect(body.items[0]?.text).toMatch(/\p{Script=Han}/u);
    }
  });
  test('defaults to English and refuses an unknown language', async () => {
    const res = await fetch(`${server.origin}/api/v1/assessments/dependence-balance`);
    expect(((await res.json()) as { lang: string }).lang).toBe('en');
    const bad = await fetch(`${server.origin}/api/v1/assessments/dependence-balance?lang=fr`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_query');
  });
  test('answers 404 for an unknown instrument', async () => {
    const res = await fetch(`${server.origin}/api/v1/assessments/no-such-thing?lang=en`);
    expect(res.status).toBe(404);
    const json = (await res.json()) as { error: { code: string; message: string; details: unknown[] } };
    expectErrorShape(json);
    expect(json.error.code).toBe('not_found');
  });
});

describe('POST /api/v1/assessments/{id}/score', () => {
  test.each(golden.map((g) => [g.name, g] as const))('scores the golden case: %s', async (_name, g) => {
    const { status, json } = await post(SCORE, JSON.stringify({ answers: g.answers }));
    expect(status).toBe(200);
    expect(json).toEqual(g.expected);
  });

  test('400 invalid_answers with one detail per problem', async () => {
    const answers: Record<string, unknown> = { ...complete, 'dep-1': 7, 'dep-2': 2.5, 'dep-3': 'three', extra: 1 };
    delete answers['ind-1'];
    const { status, json } = await post(SCORE, JSON.stringify({ answers }));
    expect(status).toBe(400);
    expectErrorShape(json);
    expect(json.error?.code).toBe('invalid_answers');
    expect(json.error?.details).toEqual([
      { item: 'dep-1', problem: 'out_of_range' },
      { item: 'dep-2', problem: 'not_integer' },
      { item: 'dep-3', problem: 'wrong_type' },
      { item: 'ind-1', problem: 'missing' },
      { item: 'extra', problem: 'unknown_item' },
    ]);
  });

  test('400 invalid_json for malformed JSON', async () => {
    const { status, json } = await post(SCORE, '{"answers": {');
    expect(status).toBe(400);
    expectErrorShape(json);
    expect(json.error?.code).toBe('invalid_json');
  });

  test('400 for unknown top-level fields, including prototype keys', async () => {
    const { status, json } = await post(
      SCORE,
      `{"answers": ${JSON.stringify(complete)}, "scores": {"x": 5}, "__proto__": {"polluted": true}}`,
    );
    expect(status).toBe(400);
    expect(json.error?.code).toBe('invalid_body');
    expect(json.error?.details).toEqual([
      { field: 'scores', problem: 'unknown_field' },
      { field: '__proto__', problem: 'unknown_field' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('400 when the body is not an object or has no answers', async () => {
    for (const body of ['[]', '"answers"', '{}', 'null']) {
      const { status, json } = await post(SCORE, body);
      expect(status, body).toBe(400);
      expectErrorShape(json);
    }
  });

  test('413 for a body over 16 KB, declared or not', async () => {
    const big = JSON.stringify({ answers: complete, pad: 'x'.repeat(17 * 1024) });
    const { status, json } = await post(SCORE, big);
    expect(status).toBe(413);
    expect(json.error?.code).toBe('payload_too_large');
    // A chunked body has no Content-Length: the limit is enforced while reading.
    const chunked = await fetch(`${server.origin}${SCORE}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  test('415 for a content type other than JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const { status, json } = await post(SCORE, JSON.stringify({ answers: complete }), type);
      expect(status, type).toBe(415);
      expect(json.error?.code).toBe('unsupported_media_type');
    }
  });

  test('405 for other methods, with Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${server.origin}${SCORE}`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expectErrorShape((await res.json()) as never);
    }
    const put = await fetch(`${server.origin}/api/v1/assessments/dependence-balance`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET');
  });

  test('404 for an unknown instrument', async () => {
    const { status, json } = await post('/api/v1/assessments/nothing/score', JSON.stringify({ answers: complete }));
    expect(status).toBe(404);
    expect(json.error?.code).toBe('not_found');
  });

  test('never answers 5xx, whatever JSON is thrown at it', async () => {
    const valueArb = fc.oneof(
      fc.json(),
      fc.record({
        answers: fc.dictionary(
          fc.oneof(fc.constantFrom(...Object.keys(complete), '__proto__', 'constructor'), fc.string()),
          fc.jsonValue(),
        ),
      }),
      fc.record({ answers: fc.jsonValue() }),
    );
    await fc.assert(
      fc.asyncProperty(valueArb, async (value) => {
        const body = typeof value === 'string' ? value : JSON.stringify(value);
        const res = await fetch(`${server.origin}${SCORE}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        expect(res.status).toBeLessThan(500);
        const json = (await res.json()) as Record<string, unknown>;
        if (res.status !== 200) expectErrorShape(json);
      }),
      { numRuns: 300 },
    );
  });
});

describe('shutdown with a request in flight', () => {
  test('SIGTERM lets a request that is still arriving finish', async () => {
    const s = await startServer();
    const port = Number(new URL(s.origin).port);
    const body = JSON.stringify({ answers: complete });
    const socket = connect(port, '127.0.0.1');
    let response = '';
    socket.on('data', (d: Buffer) => (response += d.toString()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST ${SCORE} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 20));
    await new Promise((r) => setTimeout(r, 200));
    const exited = s.stop();
    await new Promise((r) => setTimeout(r, 300));
    expect(s.process.exitCode).toBeNull();
    socket.write(body.slice(20));
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('"pattern":{"id":"over-dependence","strength":"clear"}');
    expect(await exited).toBe(0);
  });
});
