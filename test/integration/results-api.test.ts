import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore, type ResultsStore } from '../../src/lib/store/index.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { answersFor, postJson, validSubmission } from '../support/submissions.ts';

const kinds = await testDatabaseKinds();

describe.each(kinds)('results API on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let store: ResultsStore;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer({ DATABASE_URL: database.url, RESULTS_PER_MINUTE: '1000' });
    store = await openStore(database.url);
  });
  afterAll(async () => {
    await server?.stop();
    await store?.close();
    await database?.drop();
  });

  test('saves a result: 201 with a 256-bit token and its private URL, scored by the server', async () => {
    const before = await store.countResults();
    // Scores sent by the browser are ignored.
    const res = await postJson(
      server.origin,
      '/api/v1/results',
      validSubmission({ lang: 'zh', scores: { repair: 5 } }),
    );
    expect(res.status).toBe(201);
    const { token, url } = res.json as { token: string; url: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url).toBe(`/zh/result/${token}`);
    expect(res.headers.get('location')).toBe(url);
    expect(await store.countResults()).toBe(before + 1);

    const got = await fetch(`${server.origin}/api/v1/results/${token}`);
    expect(got.status).toBe(200);
    const body = (await got.json()) as Record<string, unknown> & {
      scores: Record<string, number>;
      profile: { pattern: unknown; style: string };
    };
    expect(Object.keys(body).sort()).toEqual([
      'created',
      'instrument',
      'lang',
      'playbook',
      'profile',
      'safetyConcern',
      'scores',
      'scoringVersion',
    ]);
    expect(body['instrument']).toEqual({ id: 'relationship-test', version: 1 });
    expect(body['scoringVersion']).toBe(1);
    expect(body.scores['dependence-comfort']).toBe(4.6);
    expect(body.scores['repair']).toBe(3);
    expect(body.profile.pattern).toEqual({ id: 'over-dependence', strength: 'clear' });
    expect(body.profile.style).toBe('pursuer');
    expect((body['playbook'] as string[]).length).toBeGreaterThanOrEqual(5);
    expect(body).not.toHaveProperty('answers');
    expect(server.output()).not.toContain(token);
  });

  test('the private page works in either language, is noindex and sends no referrer', async () => {
    const res = await postJson(server.origin, '/api/v1/results', validSubmission());
    const { token } = res.json as { token: string };
    for (const lang of ['en', 'zh']) {
      const page = await fetch(`${server.origin}/${lang}/result/${token}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('cache-control')).toBe('no-store');
      const html = await page.text();
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toContain(lang === 'en' ? 'Your practical playbook' : '你的实用关系行动手册');
    }
  });

  test('DELETE removes the result: 204, then 404 from the API and the page', async () => {
    const { token } = (await postJson(server.origin, '/api/v1/results', validSubmission())).json as { token: string };
    const before = await store.countResults();
    const del = await fetch(`${server.origin}/api/v1/results/${token}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(await store.countResults()).toBe(before - 1);
    expect((await fetch(`${server.origin}/api/v1/results/${token}`)).status).toBe(404);
    expect((await fetch(`${server.origin}/en/result/${token}`)).status).toBe(404);
    expect((await fetch(`${server.origin}/api/v1/results/${token}`, { method: 'DELETE' })).status).toBe(404);
  });

  test('the confirm form deletes without JavaScript and lands on the test page', async () => {
    const { token } = (await postJson(server.origin, '/api/v1/results', validSubmission())).json as { token: string };
    const res = await fetch(`${server.origin}/en/result/${token}/delete`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/test/?deleted=1');
    expect((await fetch(`${server.origin}/en/result/${token}`)).status).toBe(404);
  });

  test('unknown and malformed tokens give the same 404', async () => {
    const bodies = new Set<string>();
    for (const token of ['A'.repeat(43), 'short', '%00', '..%2F..%2Fetc', 'x'.repeat(300), '__proto__']) {
      const res = await fetch(`${server.origin}/api/v1/results/${token}`);
      expect(res.status, token).toBe(404);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
  });

  test('bad input gets a 400 that says what was wrong, and stores nothing', async () => {
    const before = await store.countResults();
    const cases: [string, unknown, string, unknown][] = [
      [
        'unknown instrument',
        validSubmission({ instrument: 'nope' }),
        'invalid_body',
        [{ field: 'instrument', problem: 'unknown_instrument' }],
      ],
      ['wrong lang', validSubmission({ lang: 'fr' }), 'invalid_body', undefined],
      [
        'unknown field',
        validSubmission({ extra: true }),
        'invalid_body',
        [{ field: 'extra', problem: 'unknown_field' }],
      ],
      [
        'bad safety value',
        validSubmission({ safety: { afraid: 'maybe', hurt: 'no', controlled: 'no' } }),
        'invalid_body',
        [{ field: 'safety.afraid', problem: 'invalid_value' }],
      ],
      [
        'missing safety answer',
        validSubmission({ safety: { afraid: 'no', hurt: 'no' } }),
        'invalid_body',
        [{ field: 'safety.controlled', problem: 'missing' }],
      ],
      [
        'missing answers',
        validSubmission({ answers: undefined }),
        'invalid_body',
        [{ field: 'answers', problem: 'missing' }],
      ],
      [
        'bad answer',
        validSubmission({ answers: answersFor(3, { 'me-2': 6 }) }),
        'invalid_answers',
        [{ item: 'me-2', problem: 'out_of_range' }],
      ],
      ['research not a boolean', validSubmission({ research: 'yes' }), 'invalid_body', undefined],
    ];
    for (const [what, body, code, details] of cases) {
      const res = await postJson(server.origin, '/api/v1/results', body);
      expect(res.status, what).toBe(400);
      expect(res.json.error?.code, what).toBe(code);
      if (details) expect(res.json.error?.details, what).toEqual(details);
    }
    expect((await postJson(server.origin, '/api/v1/results', '{"lang":')).status).toBe(400);
    expect(
      (
        await postJson(server.origin, '/api/v1/results', JSON.stringify(validSubmission()), {
          'Content-Type': 'text/plain',
        })
      ).status,
    ).toBe(415);
    const big = JSON.stringify(validSubmission({ pad: 'x'.repeat(33 * 1024) }));
    expect((await postJson(server.origin, '/api/v1/results', big)).status).toBe(413);
    expect((await fetch(`${server.origin}/api/v1/results`, { method: 'GET' })).status).toBe(405);
    expect(await store.countResults()).toBe(before);
  });
});

describe('rate limit', () => {
  let server: TestServer;
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServer({ DATABASE_URL: database.url, RESULTS_PER_MINUTE: '20' });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  test('a client gets 429 with Retry-After after 20 results in a minute, and nothing more is stored', async () => {
    for (let i = 0; i < 20; i++)
      expect((await postJson(server.origin, '/api/v1/results', validSubmission())).status).toBe(201);
    const store = await openStore(database.url);
    const before = await store.countResults();
    const res = await postJson(server.origin, '/api/v1/results', validSubmission());
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.json.error?.code).toBe('rate_limited');
    expect(await store.countResults()).toBe(before);
    await store.close();
  });
});
