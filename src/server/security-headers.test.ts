import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from './security-headers.ts';

const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

describe('inlineScriptHashes', () => {
  test('hashes inline classic and module scripts exactly as written', () => {
    const html = '<script>a()</script><script type="module">b()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
  });
  test('skips external scripts and JSON-LD data blocks', () => {
    const html =
      '<script type="module" src="/_astro/x.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  test('never allows unsafe-inline scripts and forbids framing', () => {
    const csp = contentSecurityPolicy(['sha256-abc']);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  test('lists each hash once, in a stable order', () => {
    expect(contentSecurityPolicy(['sha256-b', 'sha256-a', 'sha256-b'])).toContain("'sha256-a' 'sha256-b'");
  });
});

test('only the search page may run WebAssembly', () => {
  expect(contentSecurityPolicy([], { wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(contentSecurityPolicy([])).not.toContain('wasm');
});
