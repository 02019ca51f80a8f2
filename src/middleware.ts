import { defineMiddleware } from 'astro:middleware';
import { SECURITY_HEADERS, contentSecurityPolicy, inlineScriptHashes } from './server/security-headers.ts';

/**
 * Every response rendered on demand gets the security headers, and HTML gets a CSP naming the
 * hashes of its own inline scripts. Prerendered pages get theirs from the production server (their
 * hashes are collected at build time), so nothing is done for them here.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!headers.has(name)) headers.set(name, value);
  const isHtml = headers.get('content-type')?.startsWith('text/html') ?? false;
  if (!isHtml || !response.body) {
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', contentSecurityPolicy());
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  const html = await response.text();
  headers.set('Content-Security-Policy', contentSecurityPolicy(inlineScriptHashes(html)));
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-cache');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
