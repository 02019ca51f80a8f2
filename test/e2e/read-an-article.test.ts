import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../support/browser.ts';
import { guardPage, type PageGuard } from '../support/page-guard.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { startServer, type TestServer } from '../support/server.ts';

const hasBrowser = Boolean(findChromium());
const ARTICLE = '/wiki/security-and-needs/023-self-reliance-vs-dependence/';

describe.skipIf(!hasBrowser)('reading an article', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let guard: PageGuard;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string): Promise<Page> {
    page = await context.newPage();
    guard = guardPage(page, server.origin);
    await page.goto(`${server.origin}${path}`);
    return page;
  }

  test('home -> category -> article 023 in English', async () => {
    await open('/en/');
    await page.getByRole('link', { name: 'Security and Needs' }).first().click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/en/wiki/security-and-needs/`);
    await page.getByRole('link', { name: /Self-Reliance vs Dependence/ }).click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/en${ARTICLE}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Security and Needs-023-Self-Reliance vs Dependence: Finding Healthy Interdependence as a Couple');
    for (const name of [
      'Problem Scenario',
      'Core Concepts',
      'Step-by-Step Guide',
      'Case Analysis',
      'Expert Recommendations',
      'Summary',
      'Try this sentence',
      'FAQ',
      'Sources',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name }).count(), name).toBe(1);
    }
    expect(await page.getByRole('link', { name: 'Take the relationship test' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Start the test' }).count()).toBe(1);
    expect(guard.problems()).toEqual([]);
  });

  test('home -> category -> article 023 in Chinese', async () => {
    await open('/zh/');
    await page.getByRole('link', { name: '安全感与需求' }).first().click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/zh/wiki/security-and-needs/`);
    await page.getByRole('link', { name: /自立与依赖/ }).click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/zh${ARTICLE}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    for (const name of [
      '问题情境',
      '核心概念',
      '分步指南',
      '案例分析',
      '专家建议',
      '总结',
      '可以直接复制的话',
      '常见问题',
      '参考来源',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name }).count(), name).toBe(1);
    }
    expect(await page.getByRole('link', { name: '参加关系测试' }).count()).toBeGreaterThan(0);
    expect(guard.problems()).toEqual([]);
  });

  test('the table of contents links to every section', async () => {
    await open(`/en${ARTICLE}`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    for (const id of [
      'problem-scenario',
      'core-concepts',
      'step-by-step-guide',
      'case-analysis',
      'expert-recommendations',
      'summary',
      'phrases',
      'faq',
      'sources',
    ]) {
      const link = toc.locator(`a[href="#${id}"]`);
      expect(await link.count(), id).toBe(1);
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    }
  });

  test('a copy button puts the sentence on the clipboard and says so', async () => {
    for (const [lang, region, copy, copied, announce] of [
      ['en', 'Try this sentence', 'Copy', 'Copied', 'Sentence copied to the clipboard.'],
      ['zh', '可以直接复制的话', '复制', '已复制', '这句话已复制到剪贴板。'],
    ] as const) {
      await open(`/${lang}${ARTICLE}`);
      const section = page.getByRole('region', { name: region });
      const sentenceId = await section
        .getByRole('button', { name: copy, exact: true })
        .nth(1)
        .getAttribute('aria-describedby');
      // Its name changes to "Copied" after the click, so hold on to it by the sentence it copies.
      const button = section.locator(`button[aria-describedby="${sentenceId}"]`);
      expect(await button.getAttribute('aria-describedby')).toBe(sentenceId);
      const sentence = (await page.locator(`[id="${sentenceId}"]`).textContent())?.trim();
      expect(sentence?.length).toBeGreaterThan(8);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(sentence);
      await expect.poll(() => button.textContent()).toBe(copied);
      await expect.poll(() => section.getByRole('status').textContent()).toBe(announce);
      expect(guard.problems()).toEqual([]);
    }
  });

  test('the language switch lands on the same article in Chinese', async () => {
    await open(`/en${ARTICLE}`);
    await page.getByRole('link', { name: '阅读本页的中文版' }).click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/zh${ARTICLE}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('自立与依赖');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/en${ARTICLE}`);
  });

  test('the FAQ structured data matches the visible FAQ', async () => {
    for (const lang of ['en', 'zh']) {
      await open(`/${lang}${ARTICLE}`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.map(
        (b) => JSON.parse(b) as { '@type': string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[] },
      );
      const faq = data.find((d) => d['@type'] === 'FAQPage');
      expect(faq, lang).toBeDefined();
      expect(data.some((d) => d['@type'] === 'Article')).toBe(true);
      const faqRegion = page.getByRole('region', { name: lang === 'en' ? 'FAQ' : '常见问题' });
      const questions = (await faqRegion.getByRole('heading', { level: 3 }).allTextContents()).map((s) => s.trim());
      const answers = (await faqRegion.locator('details > p').allTextContents()).map((s) => s.trim());
      expect(faq?.mainEntity?.map((q) => q.name)).toEqual(questions);
      expect(faq?.mainEntity?.map((q) => q.acceptedAnswer.text)).toEqual(answers);
      expect(questions.length).toBeGreaterThanOrEqual(4);
    }
  });

  test('the article reads without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${server.origin}/en${ARTICLE}`);
    expect(await p.getByRole('heading', { level: 2, name: 'Case Analysis' }).count()).toBe(1);
    // No copy button that cannot work.
    expect(await p.getByRole('button', { name: 'Copy', exact: true }).count()).toBe(0);
    await noJs.close();
  });

  test('axe finds no serious or critical problem on home, category and article', async () => {
    for (const lang of ['en', 'zh']) {
      for (const path of ['/', '/wiki/', '/wiki/security-and-needs/', ARTICLE, '/test/', '/safety/', '/no-such-page']) {
        await open(`/${lang}${path}`);
        expect(await seriousAxeViolations(page), `${lang}${path}`).toEqual([]);
        // The 404 page is itself the one resource that answers 404.
        const expected =
          path === '/no-such-page'
            ? ['console error: Failed to load resource: the server responded with a status of 404 (Not Found)']
            : [];
        expect(guard.problems(), `${lang}${path}`).toEqual(expected);
      }
    }
  });
});
