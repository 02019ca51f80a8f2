import type { Page } from 'playwright-core';

/**
 * Watches a page for what must never happen in any browser test: console errors, uncaught
 * exceptions, Content-Security-Policy violations and requests to another origin.
 */
export interface PageGuard {
  problems: () => string[];
}

export function guardPage(page: Page, origin: string): PageGuard {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    else if (/Content Security Policy|Refused to/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) problems.push(`request left the origin: ${url}`);
  });
  // CSP violations raise an event in the page even when nothing is logged.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { problems: () => [...problems] };
}
