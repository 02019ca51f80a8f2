import { createHash } from 'node:crypto';

/**
 * The security headers of every response, static or rendered on demand.
 *
 * The Content-Security-Policy allows scripts from this origin only, plus the exact inline scripts a
 * page carries (Astro's island loader), by their SHA-256 hash: never 'unsafe-inline'.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Builds the Content-Security-Policy for a page whose inline scripts have these hashes. `wasm` adds
 * 'wasm-unsafe-eval', which the search page needs to run Pagefind's WebAssembly (and nothing else does).
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string> = [], options: { wasm?: boolean } = {}): string {
  const hashes = [...new Set(scriptHashes)].sort().map((h) => `'${h}'`);
  return [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ''} ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The `sha256-...` sources of every inline script in an HTML document that the browser would run.
 * Scripts with a `src` and data blocks (JSON-LD, JSON) are not subject to script-src and are skipped.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

/**
 * What runs the search index (Pagefind's WebAssembly): the search page, and Pagefind's web worker, where
 * the search runs off the page's thread. A worker is governed by the policy of its own script's response.
 */
export const SEARCH_PAGE = /^\/(en|zh)\/search\/?(index\.html)?$/;
export const SEARCH_WORKER = /^\/pagefind\/(en|zh)\/pagefind-worker\.js$/;
