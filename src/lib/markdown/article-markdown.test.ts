import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scanHeadings, splitFrontmatter } from '../content-check/markdown-scan.ts';
import { renderArticleMarkdown } from './article-markdown.ts';
import { explicitHeadingId, stripHeadingId } from './heading-ids.ts';
import { renderEntry, renderedReadingMinutes } from './markdown-glob.ts';
import { smarten } from './smart-quotes.ts';

const article = (lang: 'en' | 'zh') => {
  const source = readFileSync(
    new URL(`../../content/articles/${lang}/security-and-needs/023-self-reliance-vs-dependence.md`, import.meta.url),
    'utf8',
  );
  const split = splitFrontmatter(source);
  if (!split) throw new Error('023 has no frontmatter');
  return split.body;
};

describe('headings', () => {
  test('a {#id} suffix becomes the id and leaves the text; other headings get a unique slug', () => {
    const { html, headings } = renderArticleMarkdown(
      '## 问题情境 {#problem-scenario}\n\ntext\n\n### Plain heading\n\n### Plain heading\n\n## Why? `code`\n',
    );
    expect(html).toContain('<h2 id="problem-scenario">问题情境</h2>');
    expect(html).toContain('<h3 id="plain-heading">Plain heading</h3>');
    expect(html).toContain('<h3 id="plain-heading-1">Plain heading</h3>');
    expect(html).toContain('<h2 id="why-code">Why? <code>code</code></h2>');
    expect(headings).toEqual([
      { depth: 2, slug: 'problem-scenario', text: '问题情境' },
      { depth: 3, slug: 'plain-heading', text: 'Plain heading' },
      { depth: 3, slug: 'plain-heading-1', text: 'Plain heading' },
      { depth: 2, slug: 'why-code', text: 'Why? code' },
    ]);
  });

  test('only lower-case ids made of letters, digits and dashes count', () => {
    expect(explicitHeadingId('Step {#step-1}')).toBe('step-1');
    expect(explicitHeadingId('Step {#Step 1}')).toBeUndefined();
    expect(explicitHeadingId('Step {#}')).toBeUndefined();
    expect(stripHeadingId('Step {#step-1} ')).toBe('Step');
    expect(renderArticleMarkdown('## Step {#Step 1}').html).toContain('Step {#Step 1}</h2>');
  });

  test('every heading of article 023 has the id the content check reads from the source, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const body = article(lang);
      const { html, headings } = renderArticleMarkdown(body);
      const scanned = scanHeadings(body).filter((h) => h.id);
      expect(scanned.length).toBeGreaterThan(6);
      expect(headings.map((h) => h.slug)).toEqual(expect.arrayContaining(scanned.map((h) => h.id)));
      for (const { id } of scanned) expect(html).toContain(`id="${id}"`);
      expect(html).not.toContain('{#');
    }
  });
});

describe('typography', () => {
  test('curls quotes by where they stand, and turns -- --- ... into dashes and an ellipsis', () => {
    expect(smarten("\"I'm here,\" she said. 'Fine.'", '')).toBe('“I’m here,” she said. ‘Fine.’');
    expect(smarten('("a") -- b --- c...', '')).toBe('(“a”) – b — c…');
  });

  test('carries the previous character across emphasis and links, and leaves code alone', () => {
    const { html } = renderArticleMarkdown('She said "**no**" and "[x](/a)" `"kept"`');
    expect(html).toBe('<p>She said “<strong>no</strong>” and “<a href="/a">x</a>” <code>&quot;kept&quot;</code></p>\n');
  });

  test('each paragraph and list item starts afresh', () => {
    const { html } = renderArticleMarkdown('x\n\n"a"\n\n- "b"\n- \'c\'\n');
    expect(html).toContain('<p>“a”</p>');
    expect(html).toContain('<li>“b”</li>');
    expect(html).toContain('<li>‘c’</li>');
  });
});

describe('Markdown', () => {
  test('closes bold that ends in Chinese punctuation before a Chinese character', () => {
    expect(renderArticleMarkdown('她说得**太轻了。**一声叹息').html).toBe(
      '<p>她说得<strong>太轻了。</strong>一声叹息</p>\n',
    );
  });

  test('shows raw HTML as text instead of passing it through', () => {
    const { html } = renderArticleMarkdown(
      'Hello <script>alert(1)</script> <b onclick="x">b</b>\n\n<div>block</div>\n',
    );
    expect(html).not.toMatch(/<script|<b |<div/);
    expect(html).toContain('&lt;script&gt;');
  });

  test('is CommonMark without GFM: no tables, no strikethrough, no bare-URL links', () => {
    const { html } = renderArticleMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ https://example.org\n');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('<del');
    expect(html).not.toContain('<a ');
  });
});

describe('reading time', () => {
  test('about 220 English words or 400 Chinese characters a minute, code blocks left out', () => {
    const words = Array.from({ length: 660 }, () => 'word').join(' ');
    expect(renderArticleMarkdown(words).readingMinutes).toBe(3);
    expect(renderArticleMarkdown(`short\n\n\`\`\`\n${words}\n\`\`\`\n`).readingMinutes).toBe(1);
    expect(renderArticleMarkdown('先'.repeat(1200)).readingMinutes).toBe(3);
  });

  test('keeps the words on both sides of emphasis apart', () => {
    // "**bold**ly" is two words to the counter, as it was in Astro's pipeline.
    const text = Array.from({ length: 330 }, () => '**bold**ly').join(' ');
    expect(renderArticleMarkdown(text).readingMinutes).toBe(3);
  });

  test('article 023 takes several minutes in both languages', () => {
    for (const lang of ['en', 'zh'] as const)
      expect(renderArticleMarkdown(article(lang)).readingMinutes).toBeGreaterThan(5);
  });
});

describe('the content layer', () => {
  test('entries are rendered in the shape Astro gives rendered Markdown', async () => {
    const rendered = await renderEntry({ id: 'x', data: {}, body: '## Hi {#hi}\n\nText' });
    expect(rendered).toEqual({
      html: '<h2 id="hi">Hi</h2>\n<p>Text</p>\n',
      metadata: {
        headings: [{ depth: 2, slug: 'hi', text: 'Hi' }],
        frontmatter: { readingMinutes: 1 },
        imagePaths: [],
      },
    });
    expect(renderedReadingMinutes(rendered)).toBe(1);
  });

  test('renderedReadingMinutes reads the stored reading time, and says 1 without it', () => {
    expect(renderedReadingMinutes({ metadata: { frontmatter: { readingMinutes: 12 } } })).toBe(12);
    expect(renderedReadingMinutes({ metadata: { frontmatter: {} } })).toBe(1);
    expect(renderedReadingMinutes(undefined)).toBe(1);
  });
});
