import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

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

/** Launches the system Chromium with the flags this machine needs. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, ...options });
}
