import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import { serverOrigins } from './origins.ts';

/** Flags for a headless Chromium on a machine without a network or a GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Where the browser tests find Chromium: `CHROMIUM_PATH` if set, else Debian's /usr/bin/chromium,
 * else Playwright's own download if one is installed. Undefined when there is none.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core has no browser of its own unless someone installed one.
  }
  return undefined;
}

/** The one line printed when browser tests are skipped. */
export const NO_BROWSER_MESSAGE =
  '!!! BROWSER TESTS SKIPPED: no Chromium found. Install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH=/path/to/chromium. !!!';

const browserProblems: string[] = [];

/**
 * What every page of every browser test did that it must never do: a Content-Security-Policy
 * violation, or a request to an origin other than the test's own servers. Returns them and starts
 * a new list; test/support/e2e-setup.ts checks after each test that there were none.
 */
export function takeBrowserProblems(): string[] {
  return browserProblems.splice(0);
}

function isForeign(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
  try {
    return !serverOrigins.has(new URL(url).origin);
  } catch {
    return true;
  }
}

function watchPage(page: Page): void {
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy|Refused to (load|execute|apply|connect|frame|create)/i.test(msg.text()))
      browserProblems.push(`CSP (${page.url()}): ${msg.text()}`);
  });
}

async function watchContext(context: BrowserContext): Promise<BrowserContext> {
  context.on('request', (req) => {
    if (isForeign(req.url())) browserProblems.push(`request to another origin: ${req.url()}`);
  });
  context.on('page', watchPage);
  // A violation raises an event in the page even when the browser logs nothing.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return context;
}

/**
 * Launches the system Chromium with the flags this machine needs. Every context and page it opens
 * is watched for CSP violations and requests to other origins (see `takeBrowserProblems`).
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, ...options });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => watchContext(await newContext(...args));
  browser.newPage = async (...args) => {
    const context = await browser.newContext(...args);
    const page = await context.newPage();
    page.on('close', () => void context.close());
    return page;
  };
  return browser;
}
