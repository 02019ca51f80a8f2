// @ts-check
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { dataStoreAsJson } from './src/integrations/data-store-json.ts';

const site = process.env.PUBLIC_ORIGIN ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Pages are static unless they opt out with `export const prerender = false`.
  output: 'static',
  // Middleware mode: our own server (src/server/) serves the static files with the headers we need
  // and hands everything else to Astro.
  adapter: node({ mode: 'middleware' }),
  integrations: [svelte(), contentCheck(), dataStoreAsJson()],
  devToolbar: { enabled: false },
  // Astro's origin check answers cross-site form posts with a plain-text 403, before our routes can
  // give the documented JSON errors (415 for a non-JSON body, 405 for a wrong method). It is not
  // needed: the API accepts JSON only, which a browser cannot send cross-site without a CORS
  // preflight we never grant, and every state change needs an unguessable token.
  security: { checkOrigin: false },
  build: {
    // Scripts and styles go to hashed files under /_astro/, never inline, so that the
    // Content-Security-Policy can stay strict and assets can be cached for a year.
    inlineStylesheets: 'never',
    format: 'directory',
    // Pages are rendered four at a time: while one waits for its file to be written, another renders.
    // Prerendering 2,000 articles took about a quarter less time than one at a time.
    concurrency: 4,
  },
  // Markdown in content collections is rendered by src/lib/markdown/article-markdown.ts (markdown-glob.ts).
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
});
