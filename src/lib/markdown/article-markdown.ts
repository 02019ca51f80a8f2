import GithubSlugger from 'github-slugger';
import MarkdownIt, { type MarkdownIt as Parser, type StateCore, type Token } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { readingMinutes } from '../wiki/reading-time.ts';
import { explicitHeadingId, stripHeadingId } from './heading-ids.ts';
import { smarten } from './smart-quotes.ts';

/** A heading of an article, as Astro describes the headings of rendered Markdown. */
export interface ArticleHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedArticle {
  html: string;
  headings: ArticleHeading[];
  /** Minutes it takes to read the article's text (lib/wiki/reading-time.ts). */
  readingMinutes: number;
}

/**
 * How an article's Markdown becomes HTML: CommonMark (no GFM: articles use no tables, footnotes or
 * autolinks), with
 * - emphasis that works next to Chinese punctuation (`**太轻了。**一声`), which CommonMark does not close;
 * - explicit heading ids, `## Problem Scenario {#problem-scenario}`, so that both languages share anchors
 *   (the table of contents, the language switch and the playbook's links rely on them); other headings
 *   get a GitHub-style slug, as Astro gives them;
 * - typographic quotes and dashes in prose (code left alone);
 * - the headings and the reading time, which the article page shows.
 *
 * Raw HTML in an article is shown as text, never passed through: articles are prose, and the pages'
 * Content-Security-Policy should not depend on what an editor typed.
 *
 * This replaced Astro's own remark/rehype pipeline with three remark plugins of ours. When it did, every
 * article and page gave the same HTML (both parsed and serialised again, to compare), the same headings
 * and the same reading time, about ten times faster: Markdown had been most of a large build's time.
 */
const md = new MarkdownIt('commonmark', { html: false, xhtmlOut: false, typographer: false })
  .use(cjkFriendly)
  .use((parser: Parser) => {
    parser.core.ruler.push('rcw_heading_ids', headingIds);
    parser.core.ruler.push('rcw_smart_quotes', smartQuotes);
  });

/** Moves a `{#id}` suffix at the end of a heading into the heading's `id`. */
function headingIds(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open?.type !== 'heading_open') continue;
    const last = tokens[i + 1]?.children?.at(-1);
    if (last?.type !== 'text') continue;
    const id = explicitHeadingId(last.content);
    if (!id) continue;
    last.content = stripHeadingId(last.content);
    open.attrSet('id', id);
  }
}

/**
 * Curls quotes in the text of each paragraph, heading and list item, carrying the previous character
 * across inline elements (`"**no**"`); code and line breaks are handled as Astro's pipeline did.
 */
function smartQuotes(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let before = '';
    for (const token of block.children) {
      if (token.type === 'text') {
        token.content = smarten(token.content, before);
        before = token.content.at(-1) ?? before;
      } else if (token.type === 'code_inline' || token.type === 'html_inline') before = 'x';
      else if (token.type === 'softbreak') before = '\n';
    }
  }
}

/** The text of a heading's inline children, as Astro collects it for `headings`. */
function inlineText(children: Token[]): string {
  let text = '';
  for (const token of children) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
  }
  return text;
}

/** The headings, each with its explicit id or else a slug unique within the article. */
function collectHeadings(tokens: Token[]): ArticleHeading[] {
  const slugger = new GithubSlugger();
  const headings: ArticleHeading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open?.type !== 'heading_open') continue;
    const text = inlineText(tokens[i + 1]?.children ?? []);
    let slug = open.attrGet('id');
    if (typeof slug !== 'string') {
      slug = slugger.slug(text);
      if (slug.endsWith('-')) slug = slug.slice(0, -1);
      open.attrSet('id', slug);
    }
    headings.push({ depth: Number(open.tag.slice(1)), slug, text });
  }
  return headings;
}

/**
 * The reader-visible text: the text of every block and inline element followed by a space, code blocks
 * left out (so that words on both sides of `**bold**` stay apart).
 */
function plainText(tokens: Token[]): string {
  const parts: string[] = [];
  for (const block of tokens) {
    if (block.type === 'inline') {
      for (const token of block.children ?? []) {
        if (token.type === 'text' || token.type === 'code_inline') parts.push(token.content);
        else if (token.type === 'softbreak') parts.push('\n');
        else if (token.nesting === -1) parts.push(' ');
      }
      parts.push(' ');
    }
  }
  return parts.join('');
}

/** Renders an article body (Markdown without its frontmatter). */
export function renderArticleMarkdown(body: string): RenderedArticle {
  const env = {};
  const tokens = md.parse(body, env);
  const headings = collectHeadings(tokens);
  return {
    html: md.renderer.render(tokens, md.options, env),
    headings,
    readingMinutes: readingMinutes(plainText(tokens)),
  };
}
