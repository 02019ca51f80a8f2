import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../support/browser.ts';
import { guardPage } from '../support/page-guard.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { startServer, type TestServer } from '../support/server.ts';

const hasBrowser = Boolean(findChromium());
const ARTICLE = '/wiki/security-and-needs/023-self-reliance-vs-dependence/';
// Comfort with dependence 4.4, with independence 1.8: clearly over-dependent.
const VALUES = [5, 4, 5, 4, 4, 1, 2, 2, 1, 3];

describe.skipIf(!hasBrowser)('the inline dependence check in article 023', () => {
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

  /** Requests made after the page loaded (the check must make none). */
  function watchRequests(page: Page): string[] {
    const seen: string[] = [];
    page.on('request', (r) => seen.push(`${r.method()} ${r.url()}`));
    return seen;
  }

  test('works by keyboard alone in English, scoring in the browser', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    const guard = guardPage(page, server.origin);
    await page.goto(`${server.origin}/en${ARTICLE}`);
    // Jump to step one from the table of contents, by keyboard.
    const tocLink = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: /^Step one/ });
    await tocLink.focus();
    await page.keyboard.press('Enter');
    const check = page.getByRole('region', { name: 'How comfortable are you with depending and with being apart?' });
    await check.waitFor();
    const firstItem = check.getByRole('group', { name: /Asking my partner for help/ });
    const firstRadio = firstItem.getByRole('radio', { name: /Very uncomfortable/ });
    for (let i = 0; i < 60 && !(await firstRadio.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await firstRadio.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForFunction(
      () => document.querySelector<HTMLFormElement>('[data-dependence-check] form')?.noValidate === true,
    );
    const after = watchRequests(page);

    for (const value of VALUES) {
      if (value === 1) await page.keyboard.press('Space');
      for (let i = 1; i < value; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
    }
    expect(
      await check
        .getByRole('group', { name: /Keeping part of my inner life/ })
        .getByRole('radio', { name: /Neither/ })
        .isChecked(),
    ).toBe(true);
    // Focus is now on the submit button.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('See my result');
    await page.keyboard.press('Enter');

    const heading = check.getByRole('heading', { name: 'Your result' });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await check.getByText('Clearly over-dependent', { exact: true }).count()).toBe(1);
    const map = check.getByRole('img', { name: /Your dependence map/ });
    expect(await map.getAttribute('aria-labelledby')).toBeTruthy();
    const desc = await map.evaluate((el) => el.querySelector('desc')?.textContent);
    expect(desc).toBe('Comfort with dependence 4.4 of 5, comfort with independence 1.8 of 5: Clearly over-dependent.');
    for (const region of ['Healthy', 'Over-dependence', 'Uneasy both', 'Hyper-'])
      expect(await map.textContent()).toContain(region);
    expect(await check.getByText('4.4 of 5', { exact: true }).count()).toBe(1);
    expect(await check.getByText('1.8 of 5', { exact: true }).count()).toBe(1);
    expect(await check.getByText(/reflection aid, not a diagnosis/).count()).toBe(1);
    const carry = await check.getByRole('link', { name: 'Continue with the full test' }).getAttribute('href');
    expect(carry).toBe(
      '/en/test/#carry=dep-1.5~dep-2.4~dep-3.5~dep-4.4~dep-5.4~ind-1.1~ind-2.2~ind-3.2~ind-4.1~ind-5.3',
    );
    expect(after).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(guard.problems()).toEqual([]);
    await context.close();
  });

  test('works with the mouse in Chinese, and names what is still unanswered', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const guard = guardPage(page, server.origin);
    await page.goto(`${server.origin}/zh${ARTICLE}#step-1`);
    const check = page.getByRole('region', { name: '依赖与独立，你各有多自在？' });
    await check.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => document.querySelector<HTMLFormElement>('[data-dependence-check] form')?.noValidate === true,
    );
    const groups = check.getByRole('group');
    expect(await groups.count()).toBe(10);
    const labels = ['很不舒服', '有些不舒服', '说不上舒服或不舒服', '比较舒服', '很舒服'];
    for (let i = 0; i < 8; i++)
      await groups
        .nth(i)
        .getByRole('radio', { name: labels[(VALUES[i] ?? 1) - 1] ?? '', exact: true })
        .click();
    await check.getByRole('button', { name: '查看结果' }).click();
    const alert = check.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('共 10 个情境，还有 2 个没有作答');
    expect(await alert.getByRole('link').allTextContents()).toEqual([
      '伴侣没空时，一个人过周末',
      '在心里留一块只属于自己的空间',
    ]);
    await groups.nth(8).getByRole('radio', { name: '很不舒服', exact: true }).click();
    await groups.nth(9).getByRole('radio', { name: '说不上舒服或不舒服', exact: true }).click();
    await check.getByRole('button', { name: '查看结果' }).click();
    await check.getByRole('heading', { name: '你的结果' }).waitFor();
    expect(await check.getByText('明显过度依赖', { exact: true }).count()).toBe(1);
    expect(await check.getByRole('img', { name: /你的依赖坐标图/ }).count()).toBe(1);
    expect(await check.getByText('这只是帮助你自我觉察的工具，不是诊断', { exact: false }).count()).toBe(1);
    expect(await check.getByRole('link', { name: '继续完成完整测试' }).getAttribute('href')).toMatch(
      /^\/zh\/test\/#carry=dep-1\.5~/,
    );
    expect(guard.problems()).toEqual([]);
    await context.close();
  });

  test('works without JavaScript: the server renders the same result and stores nothing', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const guard = guardPage(page, server.origin);
      await page.goto(`${server.origin}/${lang}${ARTICLE}`);
      const title =
        lang === 'en' ? 'How comfortable are you with depending and with being apart?' : '依赖与独立，你各有多自在？';
      const groups = page.getByRole('region', { name: title }).getByRole('group');
      for (let i = 0; i < 10; i++)
        await groups
          .nth(i)
          .getByRole('radio')
          .nth((VALUES[i] ?? 1) - 1)
          .check();
      await page.getByRole('button', { name: lang === 'en' ? 'See my result' : '查看结果' }).click();
      await page.waitForURL(`${server.origin}/${lang}/check/dependence-balance/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        lang === 'en' ? 'Your dependence balance' : '你的依赖与独立平衡',
      );
      expect(
        await page.getByText(lang === 'en' ? 'Clearly over-dependent' : '明显过度依赖', { exact: true }).count(),
      ).toBe(1);
      expect(
        await page.getByRole('img', { name: lang === 'en' ? /Your dependence map/ : /你的依赖坐标图/ }).count(),
      ).toBe(1);
      expect(await page.getByText(lang === 'en' ? '4.4 of 5' : '4.4 / 5', { exact: true }).count()).toBe(1);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
      // The form is shown again with the answers kept, to change them.
      expect(await page.getByRole('region', { name: title }).getByRole('radio', { checked: true }).count()).toBe(10);
      expect(guard.problems()).toEqual([]);
      await context.close();
    }
    expect(server.output()).not.toMatch(/dep-1|ind-1/);
  });

  test('without JavaScript, an incomplete form comes back with the gaps named', async () => {
    const res = await fetch(`${server.origin}/en/check/dependence-balance/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin },
      body: 'dep-1=4&dep-2=5&ind-1=9',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('8 of 10 situations still need an answer');
    expect(html).toContain('Keeping part of my inner life to myself');
    expect(html).toMatch(
      /name="dep-1" value="4" required checked|checked[^>]*name="dep-1" value="4"|name="dep-1"[^>]*value="4"[^>]*checked/,
    );
  });
});
