// @ts-check
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { defineConfig } from 'astro/config';
import { remarkHeadingIds } from './src/lib/markdown/remark-heading-ids.ts';
import { remarkReadingTime } from './src/lib/markdown/remark-reading-time.ts';
import { remarkSmartQuotes } from './src/lib/markdown/remark-smart-quotes.ts';
import { contentCheck } from './src/integrations/content-check.ts';

const site = process.env.PUBLIC_ORIGIN ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Pages are static unless they opt out with `export const prerender = false`.
  output: 'static',
  // Middleware mode: our own server (src/server/) serves the static files with the headers we need
  // and hands everything else to Astro.
  adapter: node({ mode: 'middleware' }),
  integrations: [svelte(), contentCheck()],
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
  },
  markdown: {
    // CommonMark does not close **bold** that ends in Chinese punctuation before a Chinese character
    // (`**太轻了。**一声`); this plugin fixes emphasis for CJK text.
    remarkPlugins: [remarkCjkFriendly, remarkHeadingIds, remarkSmartQuotes, remarkReadingTime],
    // Our own remark-smart-quotes does the typography; Astro's smartypants doubled the build time.
    smartypants: false,
    // Articles use no tables, footnotes or autolinks; without GFM, Markdown parses a third faster.
    gfm: false,
    syntaxHighlight: false,
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
});
