import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../support/browser.ts';
import { guardPage } from '../support/page-guard.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startServer, type TestServer } from '../support/server.ts';

const hasBrowser = Boolean(findChromium());

/** Presses Tab until `done` holds (keyboard only), at most `max` times. */
async function tabUntil(page: Page, done: () => Promise<boolean>, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('focus never reached its target');
}

const isFocused = (page: Page, name: string | RegExp) => () =>
  page.evaluate(
    ([source, flags]) => {
      const el = document.activeElement as HTMLElement | null;
      const label = (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
      return new RegExp(source ?? '', flags).test(label);
    },
    typeof name === 'string' ? [`^${name}$`, ''] : [name.source, name.flags],
  );

describe.skipIf(!hasBrowser)('taking the relationship test', () => {
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

  test('in English, by keyboard alone, with a reload half-way; then delete the result', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const guard = guardPage(page, server.origin);
    await page.goto(`${server.origin}/en/test/`);
    await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
    // The plain form is in the page for browsers without JavaScript, hidden here, and is not part of the
    // runner that was hydrated (hydrating every question only to remove them was the page's longest task).
    expect(await page.locator('form[method="post"] input[type="radio"]').count()).toBeGreaterThanOrEqual(150);
    expect(await page.locator('form[method="post"]').isVisible()).toBe(false);
    expect(await page.locator('astro-island input').count()).toBe(0);

    await tabUntil(page, isFocused(page, 'Start the test'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'First, a short safety check' }).waitFor();
    // Each safety question: Tab into the group (focus lands on "Yes"), ArrowDown selects "No".
    for (const question of [/afraid of your partner/, /hurt you physically/, /control where you go/]) {
      const group = page.getByRole('group', { name: question });
      await tabUntil(page, () =>
        group.getByRole('radio', { name: 'Yes' }).evaluate((el) => el === document.activeElement),
      );
      await page.keyboard.press('ArrowDown');
      expect(await group.getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Question 1 of 30' }).waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(1);

    // Keys 1-5 answer and move on; 15 statements, then a reload.
    const keys = [5, 5, 4, 5, 4, 1, 2, 2, 1, 2, 3, 3, 2, 2, 5];
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(String(key));
      await page.getByRole('heading', { name: `Question ${i + 2} of 30` }).waitFor();
    }
    await page.reload();
    await page.getByText('Welcome back. Your answers so far were kept in this browser.').waitFor();
    await tabUntil(page, isFocused(page, 'Continue where you left off'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Question 16 of 30' }).waitFor();
    // Back keeps the answers.
    await tabUntil(page, isFocused(page, 'Back'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Question 15 of 30' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Almost always true' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Question 16 of 30' }).waitFor();

    for (const key of [4, 4, 1, 5, 1, 2, 2, 4, 4, 4, 2, 4, 3, 2, 4]) await page.keyboard.press(String(key));
    await page.getByRole('heading', { name: 'Almost done' }).waitFor();
    expect(await page.getByText('30 of 30 answered').count()).toBe(1);
    await tabUntil(page, isFocused(page, 'See my result'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/result\/[A-Za-z0-9_-]{43}$/);

    expect(await page.getByRole('heading', { level: 1, name: 'Your communication profile' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Your dependence map/ }).count()).toBe(1);
    expect(await page.getByText('Clearly over-dependent', { exact: true }).count()).toBe(1);
    expect(await page.getByText('You tend to pursue', { exact: true }).count()).toBe(1);
    for (const name of [
      'All seven dimensions',
      'Two strengths',
      'Two growth edges',
      'Your practical playbook',
      'This is not a diagnosis',
      'When to seek professional help',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name }).count(), name).toBe(1);
    }
    const playbook = page.getByRole('region', { name: 'Your practical playbook' });
    expect(await playbook.getByRole('article').count()).toBeGreaterThanOrEqual(5);
    expect(await playbook.getByRole('link', { name: /^From: / }).count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByRole('region', { name: 'Your safety comes first' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const resultUrl = page.url();

    // Delete, with a confirm step, by keyboard.
    await tabUntil(page, () => page.locator('summary').evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    await tabUntil(page, isFocused(page, 'Yes, delete it for good'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}/en/test/?deleted=1`);
    await page.getByText('Your result was deleted. Nothing of it is kept.').waitFor();
    expect(await page.getByText('No results saved in this browser yet.').count()).toBe(1);
    const gone = await page.goto(resultUrl);
    expect(gone?.status()).toBe(404);
    expect(guard.problems().filter((p) => !p.includes('404'))).toEqual([]);
    await context.close();
  });

  test('in Chinese, with the mouse, on a wide screen; the safety check leads the result', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const guard = guardPage(page, server.origin);
    await page.goto(`${server.origin}/zh/test/`);
    await page.getByRole('button', { name: '开始测试' }).click();
    await page
      .getByRole('group', { name: /害怕你的伴侣/ })
      .getByRole('radio', { name: '是' })
      .click();
    await page.getByText('谢谢你告诉我们。', { exact: false }).waitFor();
    await page.getByRole('group', { name: /动手/ }).getByRole('radio', { name: '不想回答' }).click();
    await page
      .getByRole('group', { name: /控制你去哪里/ })
      .getByRole('radio', { name: '否' })
      .click();
    await page.getByRole('button', { name: '下一步' }).click();
    for (let pageIndex = 0; pageIndex < 6; pageIndex++) {
      await page.getByRole('heading', { name: `第 ${pageIndex * 5 + 1}–${pageIndex * 5 + 5} 题，共 30 题` }).waitFor();
      const groups = page.getByRole('group');
      expect(await groups.count()).toBe(5);
      for (let i = 0; i < 5; i++) {
        // Skip one statement, to see the runner name it at the end.
        if (pageIndex === 2 && i === 3) continue;
        await groups
          .nth(i)
          .getByRole('radio', { name: i % 2 === 0 ? '有时符合' : '经常符合' })
          .click();
      }
      await page.getByRole('button', { name: '下一步' }).click();
    }
    await page.getByRole('heading', { name: '马上就好' }).waitFor();
    await page.getByRole('button', { name: '查看结果' }).click();
    const problems = page.getByRole('alert');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('还有 1 句没有作答');
    await problems.getByRole('button').click();
    await page.getByRole('heading', { name: '第 11–15 题，共 30 题' }).waitFor();
    await page.getByRole('group').nth(3).getByRole('radio', { name: '很少符合' }).click();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '查看结果' }).click();
    await page.waitForURL(/\/zh\/result\//);

    // The safety section comes before everything else.
    const firstHeading = await page.locator('main h1, main h2').first().textContent();
    expect(firstHeading).toBe('你的安全最重要');
    expect(await page.getByRole('link', { name: '了解安全与求助渠道' }).getAttribute('href')).toBe('/zh/safety/');
    expect(await page.getByText('这份手册只包含你可以独自完成的练习', { exact: false }).count()).toBe(1);
    expect(
      await page.getByRole('region', { name: '你的实用关系行动手册' }).getByRole('article').count(),
    ).toBeGreaterThanOrEqual(5);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The test page lists it under "Your results", and "forget" removes it from this browser.
    await page.goto(`${server.origin}/zh/test/`);
    const saved = page.getByRole('region', { name: '你的结果' });
    await saved.getByRole('link').first().waitFor();
    expect(await saved.getByRole('link').count()).toBe(1);
    await saved.getByRole('button', { name: /^在这个浏览器里忘记/ }).click();
    expect(await saved.getByText('这个浏览器里还没有保存的结果。').count()).toBe(1);
    expect(guard.problems()).toEqual([]);
    await context.close();
  });

  test('answers from the article check are carried into the test', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(
      `${server.origin}/en/test/#carry=dep-1.4~dep-2.4~dep-3.4~dep-4.4~dep-5.4~ind-1.2~ind-2.2~ind-3.2~ind-4.2~ind-5.2`,
    );
    await page.getByText('Your answers from the check in the article are already filled in.').waitFor();
    expect(page.url()).toBe(`${server.origin}/en/test/`);
    await page.getByRole('button', { name: 'Start the test' }).click();
    for (const question of [/afraid of your partner/, /hurt you physically/, /control where you go/]) {
      await page.getByRole('group', { name: question }).getByRole('radio', { name: 'No', exact: true }).check();
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('10 of 30 answered').waitFor();
    expect(await page.getByRole('radio', { name: 'Often true' }).isChecked()).toBe(true);
    await context.close();
  });

  test('without JavaScript the whole test is one form that saves a result', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/test/`);
    for (const question of [/afraid of your partner/, /hurt you physically/, /control where you go/]) {
      await page.getByRole('group', { name: question }).getByRole('radio', { name: 'No', exact: true }).check();
    }
    const groups = page.getByRole('group');
    const total = await groups.count();
    expect(total).toBe(33);
    for (let i = 3; i < total - 1; i++) await groups.nth(i).getByRole('radio', { name: 'Sometimes true' }).check();
    // The browser itself refuses an incomplete form; the server names the gap when one gets through.
    const incomplete = await fetch(`${server.origin}/en/test/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'safety.afraid=no&safety.hurt=no&safety.controlled=no&dep-1=3',
    });
    expect(incomplete.status).toBe(400);
    expect(await incomplete.text()).toContain('Some answers could not be saved');
    await groups
      .nth(total - 1)
      .getByRole('radio', { name: 'Often true' })
      .check();
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.waitForURL(/\/en\/result\//);
    expect(await page.getByRole('heading', { level: 1, name: 'Your communication profile' }).count()).toBe(1);
    await context.close();
  });
});
