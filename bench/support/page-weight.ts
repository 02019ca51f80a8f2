import type { Browser } from 'playwright-core';

/** What a cold load of one page transferred, by kind, and how much its layout shifted. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  requests: number;
  cls: number;
  /** Visible text length with and without JavaScript (equal when no JS is needed to read it). */
  textWithJs: number;
  textWithoutJs: number;
}

/**
 * Loads a page in a fresh browser context (empty cache) and adds up the bytes on the wire
 * (compressed bodies plus headers, as Chromium reports them) per resource type.
 */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const weight = { html: 0, css: 0, js: 0, other: 0, requests: 0 };
  cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    const type = types.get(e.requestId);
    const key = type === 'Document' ? 'html' : type === 'Stylesheet' ? 'css' : type === 'Script' ? 'js' : 'other';
    weight[key] += e.encodedDataLength;
    weight.requests++;
  });
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  // Scroll through the whole page so that islands hydrated on visibility load their code too.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForTimeout(1500);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  const textWithJs = (await page.locator('main').innerText()).replace(/\s+/g, '').length;
  await context.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(`${origin}${path}`);
  const textWithoutJs = (await plain.locator('main').innerText()).replace(/\s+/g, '').length;
  await noJs.close();
  return { path, ...weight, cls, textWithJs, textWithoutJs };
}
