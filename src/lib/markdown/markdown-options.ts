import type { AstroUserConfig } from 'astro';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkSmartQuotes } from './remark-smart-quotes.ts';

/**
 * The Markdown settings of the site: astro.config.mjs uses them, and so do the build's render workers
 * (parallel-glob.ts), so that both turn an article into the same HTML.
 */
export const markdownOptions: NonNullable<AstroUserConfig['markdown']> = {
  // CommonMark does not close **bold** that ends in Chinese punctuation before a Chinese character
  // (`**太轻了。**一声`); remark-cjk-friendly fixes emphasis for CJK text.
  remarkPlugins: [remarkCjkFriendly, remarkHeadingIds, remarkSmartQuotes, remarkReadingTime],
  // Our own remark-smart-quotes does the typography; Astro's smartypants doubled the build time.
  smartypants: false,
  // Articles use no tables, footnotes or autolinks; without GFM, Markdown parses a third faster.
  gfm: false,
  syntaxHighlight: false,
};
