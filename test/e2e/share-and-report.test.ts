import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { findChromium, launchChromium } from '../support/browser.ts';
import { guardPage } from '../support/page-guard.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { pdfPages } from '../support/pdf-text.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { postJson, validSubmission } from '../support/submissions.ts';

const hasBrowser = Boolean(findChromium());
// PDF text may come back as CJK radicals (⽣ for 生): NFKC folds them into the usual characters.
const normalize = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe.skipIf(!hasBrowser)('sharing, the action report and retaking', () => {
  let server: TestServer;
  let browser: Browser;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServer({ DATABASE_URL: database.url, RESULTS_PER_MINUTE: '1000' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  async function newResult(lang: 'en' | 'zh'): Promise<string> {
    const res = await postJson(server.origin, '/api/v1/results', validSubmission({ lang }));
    return (res.json as { url: string }).url;
  }

  async function contextWithClipboard(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    return context;
  }

  test('share a result, see it unfurl as a picture, then revoke it (English)', async () => {
    const owner = await contextWithClipboard();
    const page = await owner.newPage();
    const guard = guardPage(page, server.origin);
    await page.goto(`${server.origin}${await newResult('en')}`);
    const share = page.getByRole('region', { name: 'Share your profile' });
    await share.getByRole('button', { name: 'Create a share link' }).click();
    await share.getByText('Your share link').waitFor();
    const link = (await share.locator('#share-url').textContent())?.trim() ?? '';
    expect(link).toMatch(/\/en\/s\/[A-Za-z0-9_-]{22}$/);
    expect(await share.getByText('Search engines will not list this page.').count()).toBe(1);
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expect.poll(() => share.getByRole('status').textContent()).toBe('Link copied to the clipboard.');

    // Someone else opens the link.
    const visitor = await browser.newContext();
    const view = await visitor.newPage();
    const viewGuard = guardPage(view, server.origin);
    const sharePath = new URL(link).pathname;
    await view.goto(`${server.origin}${sharePath}`);
    expect(await view.getByRole('heading', { level: 1, name: 'A communication profile' }).count()).toBe(1);
    expect(await view.getByRole('img', { name: /Your dependence map/ }).count()).toBe(1);
    expect(await view.getByText('Clearly over-dependent', { exact: true }).count()).toBe(1);
    expect(await view.getByRole('link', { name: 'Take the test yourself' }).count()).toBe(1);
    const body = await view.locator('main').innerText();
    for (const privateText of ['Your practical playbook', 'Delete my result', 'Unlock your deeper action report'])
      expect(body).not.toContain(privateText);
    const ogImage = await view.locator('meta[property="og:image"]').getAttribute('content');
    const card = await view.request.get(
      `${server.origin}${new URL(ogImage ?? '').pathname}${new URL(ogImage ?? '').search}`,
    );
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    expect(await view.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    expect(await seriousAxeViolations(view)).toEqual([]);

    // Save image downloads the card.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      share.getByRole('link', { name: 'Save image' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('communication-profile-en.png');

    // Revoke: the link and its card answer 404 at once.
    await share.getByRole('button', { name: 'Remove the share link' }).click();
    await page.getByText('The share link was removed. It no longer works.').waitFor();
    const gone = await view.goto(`${server.origin}${sharePath}`);
    expect(gone?.status()).toBe(404);
    expect(await view.getByRole('heading', { level: 1, name: 'This share link no longer works' }).count()).toBe(1);
    expect(
      (
        await view.request.get(`${server.origin}${new URL(ogImage ?? '').pathname}${new URL(ogImage ?? '').search}`)
      ).status(),
    ).toBe(404);
    expect(guard.problems()).toEqual([]);
    expect(viewGuard.problems().filter((p) => !p.includes('404'))).toEqual([]);
    await visitor.close();
    await owner.close();
  });

  test('unlock the report, keep ticks, print it, and retake from it (Chinese)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const guard = guardPage(page, server.origin);
    const resultUrl = `${server.origin}${await newResult('zh')}`;
    await page.goto(resultUrl);
    const step = page.getByRole('region', { name: '解锁你的深度行动报告' });
    await step.getByRole('radio', { name: '恋爱中' }).click();
    for (const name of ['对方回消息很慢，或者干脆不回', '争吵越来越激烈', '有些事让我感到嫉妒'])
      await step.getByRole('checkbox', { name }).click();
    // At most three situations: the rest are disabled once three are chosen.
    expect(await step.getByRole('checkbox', { disabled: true }).count()).toBe(7);
    await step.getByRole('radio', { name: '分开的时候更安心' }).click();
    await step.getByRole('radio', { name: '会', exact: true }).click();
    await step.getByRole('button', { name: '查看我的报告' }).click();
    const report = page.getByRole('region', { name: '你的深度行动报告' });
    await report.waitFor();
    for (const name of [
      '你的模式，以及它常常从哪里来',
      '你的触发地图',
      '四周计划',
      '适合你的情境的话',
      '你们俩的对话指南',
      '什么时候该寻求专业帮助',
      '四周后再测一次',
    ]) {
      expect(await report.getByRole('heading', { name }).count(), name).toBe(1);
    }
    expect(await report.getByRole('heading', { name: /^第 1 周/ }).count()).toBe(1);
    expect(await report.getByRole('heading', { name: /^第 4 周/ }).count()).toBe(1);

    // Ticks are kept in this browser.
    const firstStep = report.getByRole('region', { name: '四周计划' }).getByRole('checkbox').first();
    await firstStep.check();
    await page.reload();
    expect(await page.getByRole('region', { name: '四周计划' }).getByRole('checkbox').first().isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // It prints to clean A4 pages with every section of the report, and without the site's navigation.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = normalize(pages.join(' '));
    for (const section of [
      '你的深度行动报告',
      '你的模式，以及它常常从哪里来',
      '值得想一想的问题',
      '你的触发地图',
      '四周计划',
      '适合你的情境的话',
      '你们俩的对话指南',
      '什么时候该寻求专业帮助',
      '四周后再测一次',
    ]) {
      expect(text, section).toContain(normalize(section));
    }
    for (const absent of ['删除我的结果', '生成分享链接', '跳到正文'])
      expect(text, absent).not.toContain(normalize(absent));
    await page.emulateMedia({ media: 'screen' });

    // Retake from the report: the new result compares each dimension with this one.
    await page.getByRole('link', { name: '从这里重新测试' }).click();
    await page.getByText('这是一次重新测试：新的结果会和之前的结果对比。').waitFor();
    await page.getByRole('button', { name: '开始测试' }).click();
    for (const q of [/害怕你的伴侣/, /动手/, /控制你去哪里/])
      await page.getByRole('group', { name: q }).getByRole('radio', { name: '否' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    for (let i = 0; i < 30; i++) await page.keyboard.press(i < 10 ? '4' : '3');
    await page.getByRole('button', { name: '查看结果' }).click();
    await page.waitForURL(/\/zh\/result\//);
    expect(page.url()).not.toBe(resultUrl);
    const compare = page.getByRole('region', { name: '前后对比' });
    expect(await compare.getByRole('row').count()).toBe(8);
    expect(await compare.getByRole('rowheader', { name: '独立舒适度' }).count()).toBe(1);
    expect(guard.problems()).toEqual([]);
    await context.close();
  });
});
