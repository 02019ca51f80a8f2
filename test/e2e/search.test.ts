import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../support/browser.ts';
import { guardPage } from '../support/page-guard.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { startServer, type TestServer } from '../support/server.ts';

const hasBrowser = Boolean(findChromium());
// The first search starts Pagefind's worker and its WebAssembly, which on a busy two-core machine took longer
// than a poll's default second (Pagefind itself waits 5 s for its worker before searching without it).
const SEARCH_WAIT = { timeout: 15_000 };

describe.skipIf(!hasBrowser)('search', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('searching 依赖 from the header finds the Chinese 023, by keyboard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const guard = guardPage(page, server.origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/zh/`);
    // The index is not loaded until someone searches.
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(false);
    await page.getByRole('searchbox', { name: '搜索百科' }).first().fill('依赖');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/search\/\?q=/);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toMatch(/^“依赖”共有 \d+ 条结果$/);
    const results = page.getByRole('list', { name: /^“依赖”共有/ });
    const first = results.getByRole('link').first();
    expect(await first.textContent()).toContain('自立与依赖');
    expect(await page.locator('mark').first().textContent()).toBe('依赖');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/wiki\/security-and-needs\/023-self-reliance-vs-dependence\//);
    expect(guard.problems()).toEqual([]);
    await context.close();
  });

  test('searching "reassurance" finds the English articles about it, only in English', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const guard = guardPage(page, server.origin);
    await page.goto(`${server.origin}/en/search/?q=reassurance`);
    await expect
      .poll(() => page.getByRole('status').textContent(), SEARCH_WAIT)
      .toMatch(/^\d+ results? for “reassurance”$/);
    const titles = await page
      .getByRole('list', { name: /results? for “reassurance”/ })
      .getByRole('link')
      .allTextContents();
    expect(titles[0]).toContain('Reassurance Seeking');
    for (const title of titles) expect(title).not.toMatch(/\p{Script=Han}/u);
    // The excerpt shows Pagefind's text as it is, spaces around the highlighted words included.
    // As a string: the test runner would rewrite a dynamic import written in a function.
    const expected = await page.evaluate<string>(`(async () => {
      const engine = await import('/pagefind/en/pagefind.js');
      const first = (await engine.search('reassurance')).results[0];
      const excerpt = first ? (await first.data()).excerpt : '';
      return (new DOMParser().parseFromString(excerpt, 'text/html').body.textContent ?? '').trim();
    })()`);
    const shown = page
      .getByRole('list', { name: /results? for “reassurance”/ })
      .getByRole('listitem')
      .first()
      .locator('p');
    expect(expected).toMatch(/reassurance /i);
    expect((await shown.textContent())?.trim()).toBe(expected);
    expect(await shown.locator('mark').first().textContent()).toMatch(/^reassurance$/i);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${server.origin}/en/search/?q=qqqqqq`);
    await expect
      .poll(() => page.getByRole('status').textContent(), SEARCH_WAIT)
      .toBe('Nothing found for “qqqqqq”. Try another word, or browse the wiki.');
    expect(guard.problems()).toEqual([]);
    await context.close();
  });
});
