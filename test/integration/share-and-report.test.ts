import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore, type ResultsStore } from '../../src/lib/store/index.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { postJson, validSubmission } from '../support/submissions.ts';

const kinds = await testDatabaseKinds();
const context = {
  status: 'dating',
  triggers: ['slow-replies', 'heated-argument'],
  goal: 'calmer-apart',
  partnerTakingTest: 'yes',
};

describe.each(kinds)('sharing and the action report on %s', (kind) => {
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

  async function newResult(over: Record<string, unknown> = {}): Promise<string> {
    const res = await postJson(server.origin, '/api/v1/results', validSubmission(over));
    expect(res.status).toBe(201);
    return (res.json as { token: string }).token;
  }

  const put = (path: string, body: unknown, type = 'application/json') =>
    fetch(`${server.origin}${path}`, { method: 'PUT', headers: { 'Content-Type': type }, body: JSON.stringify(body) });

  test('a share link shows the public profile, its card, and nothing private', async () => {
    const token = await newResult({ safety: { afraid: 'no', hurt: 'skip', controlled: 'no' } });
    const shared = await postJson(server.origin, `/api/v1/results/${token}/share`, { indexable: false });
    expect(shared.status).toBe(201);
    const { shareId, url } = shared.json as { shareId: string; url: string };
    expect(shareId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(url).toBe(`/en/s/${shareId}`);

    const api = await fetch(`${server.origin}/api/v1/share/${shareId}`);
    expect(api.status).toBe(200);
    const profile = (await api.json()) as Record<string, unknown>;
    expect(Object.keys(profile).sort()).toEqual(['instrument', 'levels', 'pattern', 'scores', 'scoringVersion']);
    expect(JSON.stringify(profile)).not.toContain(token);

    for (const lang of ['en', 'zh']) {
      const page = await fetch(`${server.origin}/${lang}/s/${shareId}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toMatch(
        new RegExp(`<meta property="og:image" content="[^"]*/og/s/${shareId}\\.png\\?lang=${lang}&(amp;)?v=1"`),
      );
      expect(html).toContain('name="twitter:card" content="summary_large_image"');
      for (const secret of [token, 'dep-1', 'afraid', 'hurt', 'slow-replies', 'Your deeper action report'])
        expect(html, secret).not.toContain(secret);
    }
    const card = await fetch(`${server.origin}/og/s/${shareId}.png?lang=zh&v=1`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
    expect(card.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const png = Buffer.from(await card.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(server.output()).not.toContain(shareId);
  });

  test('revoking makes the link and its card 404 at once; a new link works', async () => {
    const token = await newResult();
    const { shareId } = (await postJson(server.origin, `/api/v1/results/${token}/share`, {})).json as {
      shareId: string;
    };
    expect((await fetch(`${server.origin}/og/s/${shareId}.png?lang=en&v=1`)).status).toBe(200);
    expect((await fetch(`${server.origin}/api/v1/results/${token}/share`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${server.origin}/en/s/${shareId}`)).status).toBe(404);
    expect((await fetch(`${server.origin}/api/v1/share/${shareId}`)).status).toBe(404);
    expect((await fetch(`${server.origin}/og/s/${shareId}.png?lang=en&v=1`)).status).toBe(404);
    const again = await postJson(server.origin, `/api/v1/results/${token}/share`, { indexable: true });
    const second = (again.json as { shareId: string }).shareId;
    expect(second).not.toBe(shareId);
    const page = await (await fetch(`${server.origin}/zh/s/${second}`)).text();
    expect(page).not.toContain('noindex');
  });

  test('share errors: unknown token 404, bad body 400, wrong method 405, nothing changes', async () => {
    expect((await postJson(server.origin, `/api/v1/results/${'A'.repeat(43)}/share`, {})).status).toBe(404);
    const token = await newResult();
    const bad = await postJson(server.origin, `/api/v1/results/${token}/share`, { indexable: 'yes', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.code).toBe('invalid_body');
    expect((await fetch(`${server.origin}/api/v1/results/${token}/share`, { method: 'GET' })).status).toBe(405);
    expect(
      (await store.findResult((await import('../../src/lib/results/token.ts')).hashToken(token)))?.share,
    ).toBeNull();
    expect((await fetch(`${server.origin}/api/v1/share/nope`)).status).toBe(404);
  });

  test('the context step unlocks the report; it can be changed; bad context changes nothing', async () => {
    const token = await newResult();
    const before = await (await fetch(`${server.origin}/en/result/${token}`)).text();
    expect(before).toContain('Unlock your deeper action report');
    const res = await put(`/api/v1/results/${token}/context`, context);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      report: {
        plan: { week: number; focus: string; practice: string }[];
        triggerMap: { trigger: string }[];
        partnerGuide: boolean;
      };
    };
    expect(body.report.plan.map((w) => w.focus)).toEqual(['notice', 'steady', 'reach-out', 'together']);
    expect(body.report.triggerMap.map((t) => t.trigger)).toEqual(['slow-replies', 'heated-argument']);
    expect(body.report.partnerGuide).toBe(true);
    const after = await (await fetch(`${server.origin}/zh/result/${token}`)).text();
    for (const heading of [
      '你的深度行动报告',
      '你的触发地图',
      '四周计划',
      '适合你的情境的话',
      '你们俩的对话指南',
      '四周后再测一次',
    ])
      expect(after).toContain(heading);

    const cases: [unknown, string][] = [
      [{ ...context, triggers: ['nope'] }, 'triggers.0'],
      [{ ...context, triggers: ['slow-replies', 'jealousy', 'bids-missed', 'broken-promise'] }, 'triggers'],
      [{ ...context, goal: 'nope' }, 'goal'],
      [{ ...context, status: undefined }, 'status'],
      [{ ...context, extra: true }, 'extra'],
    ];
    for (const [bad, field] of cases) {
      const r = await put(`/api/v1/results/${token}/context`, bad);
      expect(r.status, field).toBe(400);
      const json = (await r.json()) as { error: { details: { field: string }[] } };
      expect(
        json.error.details.map((d) => d.field),
        field,
      ).toContain(field);
    }
    expect((await put(`/api/v1/results/${token}/context`, context, 'text/plain')).status).toBe(415);
    expect((await put(`/api/v1/results/${'B'.repeat(43)}/context`, context)).status).toBe(404);
    const { hashToken } = await import('../../src/lib/results/token.ts');
    expect((await store.findResult(hashToken(token)))?.context).toEqual(context);
  });

  test('after a safety concern the report leads with safety and has no partner guide', async () => {
    const token = await newResult({ safety: { afraid: 'yes', hurt: 'no', controlled: 'no' } });
    const res = await put(`/api/v1/results/${token}/context`, context);
    const body = (await res.json()) as {
      report: { safetyFirst: boolean; partnerGuide: boolean; plan: { focus: string }[] };
    };
    expect(body.report.safetyFirst).toBe(true);
    expect(body.report.partnerGuide).toBe(false);
    expect(body.report.plan.at(-1)?.focus).toBe('support');
  });

  test('a retake is linked to the result it retakes and compares each dimension', async () => {
    const first = await newResult();
    const second = await newResult({
      previous: first,
      answers: { ...(validSubmission()['answers'] as Record<string, number>), 'ind-1': 5, 'ind-2': 5 },
    });
    const html = await (await fetch(`${server.origin}/en/result/${second}`)).text();
    expect(html).toContain('Then and now');
    expect(html).toMatch(
      /Comfort with independence<\/th>\s*<td[^>]*>1\.6<\/td>\s*<td[^>]*>3\.0<\/td>\s*<td[^>]*>\+1\.4<\/td>/,
    );
    // A retake whose earlier result is gone is saved anyway, without a comparison.
    expect((await fetch(`${server.origin}/api/v1/results/${first}`, { method: 'DELETE' })).status).toBe(204);
    const third = await newResult({ previous: first });
    expect(await (await fetch(`${server.origin}/en/result/${third}`)).text()).not.toContain('Then and now');
  });

  test('save image downloads the same card as the share link', async () => {
    const token = await newResult();
    const { shareId } = (await postJson(server.origin, `/api/v1/results/${token}/share`, {})).json as {
      shareId: string;
    };
    const download = await fetch(`${server.origin}/zh/result/${token}/card.png`);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="communication-profile-zh.png"');
    const shared = await fetch(`${server.origin}/og/s/${shareId}.png?lang=zh&v=1`);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(await shared.arrayBuffer()))).toBe(true);
  });
});
