import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('feeds, sitemap, robots and the search index', () => {
  test('each language has an RSS feed of its own articles', async () => {
    for (const lang of ['en', 'zh']) {
      const res = await fetch(`${server.origin}/${lang}/rss.xml`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/xml/);
      const xml = await res.text();
      const items = xml.match(/<item>/g) ?? [];
      expect(items.length).toBeGreaterThanOrEqual(18);
      expect(xml).toContain(`<language>${lang === 'en' ? 'en' : 'zh-cn'}</language>`);
      const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? '').slice(1);
      for (const link of links) expect(link).toContain(`/${lang}/wiki/`);
    }
  });

  test('the sitemap lists every article in both languages with hreflang alternates', async () => {
    const xml = await (await fetch(`${server.origin}/sitemap.xml`)).text();
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = xml.match(/<url>/g) ?? [];
    expect(urls.length).toBeGreaterThanOrEqual(2 * (18 + 6 + 7));
    expect(xml).toMatch(
      /<loc>[^<]*\/zh\/wiki\/security-and-needs\/023-self-reliance-vs-dependence\/<\/loc><lastmod>2026-11-28<\/lastmod><xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/wiki\/security-and-needs\/023-self-reliance-vs-dependence\/"\/>/,
    );
    expect(xml).not.toContain('/result/');
  });

  test('robots.txt keeps crawlers out of private pages and names the sitemap', async () => {
    const text = await (await fetch(`${server.origin}/robots.txt`)).text();
    for (const line of ['Disallow: /en/result/', 'Disallow: /zh/result/', 'Disallow: /api/'])
      expect(text).toContain(line);
    expect(text).toMatch(/Sitemap: \S+\/sitemap\.xml/);
  });

  test('the search index has one part per language, and only the search page and its worker may run WebAssembly', async () => {
    for (const [bundle, language] of [
      ['en', 'en'],
      ['zh', 'zh-cn'],
    ] as const) {
      const entry = (await (await fetch(`${server.origin}/pagefind/${bundle}/pagefind-entry.json`)).json()) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(entry.languages)).toEqual([language]);
      expect(entry.languages[language]?.page_count).toBeGreaterThanOrEqual(18);
    }
    const search = await fetch(`${server.origin}/zh/search/`);
    expect(search.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    // Pagefind searches in a web worker, which runs under the policy of its own script's response.
    for (const bundle of ['en', 'zh']) {
      const worker = await fetch(`${server.origin}/pagefind/${bundle}/pagefind-worker.js`);
      expect(worker.status).toBe(200);
      expect(worker.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    }
    const otherScript = await fetch(`${server.origin}/pagefind/zh/pagefind.js`);
    expect(otherScript.headers.get('content-security-policy')).not.toContain('wasm');
    const home = await fetch(`${server.origin}/zh/`);
    expect(home.headers.get('content-security-policy')).not.toContain('wasm');
  });
});
