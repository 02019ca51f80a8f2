import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { postJson, validSubmission } from '../support/submissions.ts';

let server: TestServer;
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  server = await startServer({ DATABASE_URL: database.url });
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const ARTICLE = '/en/wiki/security-and-needs/023-self-reliance-vs-dependence/';
const ARTICLE_ZH = '/zh/wiki/security-and-needs/023-self-reliance-vs-dependence/';

function expectSecurityHeaders(res: Response, what: string): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  const scriptSrc =
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc, `${what}: script-src`).toMatch(/^script-src 'self'/);
  expect(scriptSrc, `${what}: no unsafe-inline`).not.toContain('unsafe-inline');
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  // Pages and answers whose URL holds a private token send no referrer at all.
  expect(res.headers.get('referrer-policy'), what).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(res.headers.get('permissions-policy'), what).toMatch(/camera=\(\)/);
  expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
}

describe('production server', () => {
  test('sends the security headers on every kind of response', async () => {
    const res = await fetch(`${server.origin}/en/`);
    const html = await res.text();
    const asset = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const cases: [string, string, number][] = [
      ['static page', '/en/', 200],
      ['static page (zh)', ARTICLE_ZH, 200],
      ['hashed asset', asset ?? '', 200],
      ['icon', '/favicon.svg', 200],
      ['on-demand redirect', '/', 302],
      ['404 (en)', '/en/no-such-page', 404],
      ['404 (zh)', '/zh/no-such-page', 404],
    ];
    for (const [what, path, status] of cases) {
      const r = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
      expect(r.status, what).toBe(status);
      expectSecurityHeaders(r, what);
      await r.arrayBuffer();
    }
  });

  test('sends them on on-demand pages, the API, cards and 404s too, in both languages', async () => {
    const saved = await postJson(server.origin, '/api/v1/results', validSubmission());
    const { token } = saved.json as { token: string };
    const shared = await postJson(server.origin, `/api/v1/results/${token}/share`, {});
    const { shareId } = shared.json as { shareId: string };
    const cases: [string, string, number, RequestInit?][] = [
      [
        'API: POST result (201)',
        '/api/v1/results',
        201,
        { method: 'POST', body: JSON.stringify(validSubmission()), headers: { 'Content-Type': 'application/json' } },
      ],
      [
        'API: bad body (400)',
        '/api/v1/results',
        400,
        { method: 'POST', body: '{', headers: { 'Content-Type': 'application/json' } },
      ],
      ['API: GET result', `/api/v1/results/${token}`, 200],
      ['API: GET share', `/api/v1/share/${shareId}`, 200],
      ['API: 404', '/api/v1/results/nope', 404],
      ['API: 405', '/api/v1/results', 405, { method: 'GET' }],
      ['API: unknown path', '/api/v1/nothing-here', 404],
      ['card (og)', `/og/s/${shareId}.png`, 200],
      ['card (og, zh)', `/og/s/${shareId}.png?lang=zh`, 200],
      ['card of unknown share', '/og/s/AAAAAAAAAAAAAAAAAAAAAA.png', 404],
      ['RSS (en)', '/en/rss.xml', 200],
      ['RSS (zh)', '/zh/rss.xml', 200],
      ['sitemap', '/sitemap.xml', 200],
      ['robots', '/robots.txt', 200],
      ['search page (en)', '/en/search/', 200],
      ['search page (zh)', '/zh/search/', 200],
    ];
    for (const lang of ['en', 'zh']) {
      cases.push(
        [`result page (${lang})`, `/${lang}/result/${token}`, 200],
        [`unknown result (${lang})`, `/${lang}/result/nope`, 404],
        [`result card (${lang})`, `/${lang}/result/${token}/card.png`, 200],
        [`share page (${lang})`, `/${lang}/s/${shareId}`, 200],
        [`unknown share (${lang})`, `/${lang}/s/%00`, 404],
        [`test page (${lang})`, `/${lang}/test/`, 200],
        [
          `no-JS submit, incomplete (${lang})`,
          `/${lang}/test/submit`,
          400,
          { method: 'POST', body: 'research=yes', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
        ],
        [`article check page (${lang})`, `/${lang}/check/dependence-balance`, 200],
        [`about (${lang})`, `/${lang}/about`, 200],
      );
    }
    for (const [what, path, status, init] of cases) {
      const r = await fetch(`${server.origin}${path}`, { redirect: 'manual', ...init });
      expect(r.status, what).toBe(status);
      expectSecurityHeaders(r, what);
      if (path.includes(token)) expect(r.headers.get('referrer-policy'), what).toBe('no-referrer');
      await r.arrayBuffer();
    }
  });

  test('caches hashed assets for a year and revalidates HTML', async () => {
    const html = await (await fetch(`${server.origin}${ARTICLE}`)).text();
    const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
    const a = await fetch(`${server.origin}${asset}`);
    expect(a.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${server.origin}${ARTICLE}`);
    expect(page.headers.get('cache-control')).toMatch(/max-age=0, must-revalidate|no-cache/);
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.origin}${ARTICLE}`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  test('serves brotli and gzip for HTML, CSS and JS', async () => {
    const get = (path: string, encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(`${server.origin}${path}`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const br = await get(ARTICLE, 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toContain('<html lang="en">');
    const gz = await get(ARTICLE_ZH, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain('<html lang="zh-CN">');
    const html = gunzipSync(gz.body).toString();
    for (const asset of html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)) {
      const r = await get(asset[1] ?? '', 'br, gzip');
      if (r.body.length > 256) expect(r.headers['content-encoding'], asset[1]).toMatch(/^(br|gzip)$/);
    }
    const notFound = await get('/zh/missing', 'gzip');
    expect(notFound.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(notFound.body).toString()).toContain('找不到这个页面');
  });

  test('sends / to the browser language, with a way to the other', async () => {
    const zh = await fetch(`${server.origin}/`, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8' },
    });
    expect(zh.status).toBe(302);
    expect(zh.headers.get('location')).toBe('/zh/');
    expect(zh.headers.get('vary')).toMatch(/Accept-Language/);
    const body = await zh.text();
    expect(body).toContain('href="/en/"');
    const en = await fetch(`${server.origin}/`, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'fr-FR,en;q=0.5' },
    });
    expect(en.headers.get('location')).toBe('/en/');
    const none = await fetch(`${server.origin}/`, { redirect: 'manual' });
    expect(none.headers.get('location')).toBe('/en/');
  });

  test('answers unknown pages with a 404 page in the language of the URL', async () => {
    const en = await fetch(`${server.origin}/en/wiki/nothing-here/`);
    expect(en.status).toBe(404);
    const enHtml = await en.text();
    expect(enHtml).toContain('<html lang="en">');
    expect(enHtml).toContain('Page not found');
    expect(enHtml).toContain('noindex');
    const zh = await fetch(`${server.origin}/zh/wiki/nothing-here/`);
    expect(zh.status).toBe(404);
    expect(await zh.text()).toContain('<html lang="zh-CN">');
  });

  test('pages carry lang, canonical and hreflang alternates', async () => {
    const html = await (await fetch(`${server.origin}${ARTICLE_ZH}`)).text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(
      /<link rel="canonical" href="[^"]*\/zh\/wiki\/security-and-needs\/023-self-reliance-vs-dependence\/"/,
    );
    expect(html).toMatch(
      /<link rel="alternate" hreflang="en" href="[^"]*\/en\/wiki\/security-and-needs\/023-self-reliance-vs-dependence\/"/,
    );
    expect(html).toMatch(/<link rel="alternate" hreflang="zh-CN" href="[^"]*\/zh\/wiki\//);
    expect(html).toMatch(/<link rel="alternate" hreflang="x-default"/);
    expect(html).toMatch(/<meta property="og:title"/);
  });
});

describe('shutdown', () => {
  test('stops cleanly on SIGTERM with keep-alive connections open', async () => {
    const s = await startServer();
    const agentRes = await fetch(`${s.origin}/en/`, { headers: { Connection: 'keep-alive' } });
    await agentRes.text();
    const code = await s.stop();
    expect(code).toBe(0);
    expect(s.output()).toContain('stopped');
  });
});

describe('revalidation', () => {
  test('a 304 carries the same Content-Security-Policy as the 200 it revalidates', async () => {
    const s = await startServer();
    try {
      const path = '/en/wiki/security-and-needs/023-self-reliance-vs-dependence/';
      const first = await fetch(`${s.origin}${path}`);
      await first.text();
      const second = await fetch(`${s.origin}${path}`, {
        headers: { 'If-None-Match': first.headers.get('etag') ?? '' },
      });
      expect(second.status).toBe(304);
      expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
      expect(first.headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      await s.stop();
    }
  });
});
