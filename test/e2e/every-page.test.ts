// The hardening suite in the browser: axe-core on every kind of page, in both languages, with no
// serious or critical violation; and a check that the watch on every browser test (no CSP violation,
// no request to another origin) really notices both.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium, takeBrowserProblems } from '../support/browser.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { guardPage } from '../support/page-guard.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { postJson, validSubmission } from '../support/submissions.ts';

const hasBrowser = Boolean(findChromium());

describe.skipIf(!hasBrowser)('every kind of page', () => {
  let server: TestServer;
  let database: TestDatabase;
  let browser: Browser;
  let token: string;
  let reportToken: string;
  let shareId: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServer({ DATABASE_URL: database.url });
    browser = await launchChromium();
    token = ((await postJson(server.origin, '/api/v1/results', validSubmission())).json as { token: string }).token;
    shareId = ((await postJson(server.origin, `/api/v1/results/${token}/share`, {})).json as { shareId: string })
      .shareId;
    reportToken = (
      (
        await postJson(
          server.origin,
          '/api/v1/results',
          validSubmission({ safety: { afraid: 'no', hurt: 'no', controlled: 'no' } }),
        )
      ).json as { token: string }
    ).token;
    const put = await fetch(`${server.origin}/api/v1/results/${reportToken}/context`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        status: 'dating',
        triggers: ['slow-replies', 'heated-argument'],
        goal: 'calmer-apart',
        partnerTakingTest: 'yes',
      }),
    });
    expect(put.status).toBeLessThan(300);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  const pages = (lang: 'en' | 'zh'): [string, () => string, number][] => [
    ['home', () => `/${lang}/`, 200],
    ['wiki index', () => `/${lang}/wiki/`, 200],
    ['category', () => `/${lang}/wiki/security-and-needs/`, 200],
    ['article', () => `/${lang}/wiki/security-and-needs/023-self-reliance-vs-dependence/`, 200],
    ['article check', () => `/${lang}/check/dependence-balance`, 200],
    ['test', () => `/${lang}/test/`, 200],
    ['result', () => `/${lang}/result/${token}`, 200],
    ['result with its action report', () => `/${lang}/result/${reportToken}`, 200],
    ['share page', () => `/${lang}/s/${shareId}`, 200],
    ['share link that does not exist', () => `/${lang}/s/AAAAAAAAAAAAAAAAAAAAAA`, 404],
    ['search', () => `/${lang}/search/?q=${lang === 'en' ? 'reassurance' : '依赖'}`, 200],
    ['about', () => `/${lang}/about`, 200],
    ['privacy', () => `/${lang}/privacy`, 200],
    ['safety', () => `/${lang}/safety`, 200],
    ['404', () => `/${lang}/no-such-page`, 404],
  ];

  for (const lang of ['en', 'zh'] as const) {
    for (const [name, pathOf, status] of pages(lang)) {
      test(`${name} (${lang}): no serious or critical axe violation`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const guard = guardPage(page, server.origin);
        const res = await page.goto(`${server.origin}${pathOf()}`);
        expect(res?.status()).toBe(status);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'en' ? 'en' : 'zh-CN');
        // Islands and the search results are part of the page axe should see.
        if (name === 'search') await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\d/);
        await page.waitForLoadState('load');
        expect(await seriousAxeViolations(page)).toEqual([]);
        // A 404 page logs its status as a console error; nothing else may.
        expect(guard.problems().filter((p) => !/status of 404/.test(p))).toEqual([]);
        await context.close();
      });
    }

    test(`the no-JavaScript test form sent incomplete (${lang}): no serious or critical axe violation`, async () => {
      // axe needs JavaScript to run, so the page's own scripts are blocked instead: it renders exactly
      // as it does for a browser without JavaScript.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      // The browser would not send a form with required questions unanswered; a client that does gets
      // the form back with what is missing named.
      await page.route('**/test/submit', (route) =>
        route.continue({
          method: 'POST',
          postData: 'research=yes',
          headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded' },
        }),
      );
      const res = await page.goto(`${server.origin}/${lang}/test/submit`);
      expect(res?.status()).toBe(400);
      await expect.poll(() => page.getByRole('alert').first().textContent()).toBeTruthy();
      expect(await page.getByRole('radio').first().isVisible()).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  test('the watch on every browser test notices a CSP violation and a request to another origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/`);
    // An inline script the page's policy does not allow.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await page.goto('about:blank');
    await page.setContent('<img src="http://192.0.2.1/pixel.png" alt="">');
    await page.waitForTimeout(200);
    const problems = takeBrowserProblems();
    expect(problems.some((p) => p.startsWith('CSP'))).toBe(true);
    expect(problems.some((p) => p.includes('request to another origin: http://192.0.2.1/pixel.png'))).toBe(true);
    expect(takeBrowserProblems()).toEqual([]);
    await context.close();
  });
});
