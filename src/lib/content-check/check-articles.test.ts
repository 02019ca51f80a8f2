import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkArticles } from './check-articles.ts';

const CATEGORIES = `- id: security-and-needs
  order: 1
  name: { en: Security and Needs, zh: 安全感与需求 }
  description: { en: About feeling safe together., zh: 关于彼此安心。 }
`;

const SECTIONS = [
  'problem-scenario',
  'core-concepts',
  'step-by-step-guide',
  'case-analysis',
  'expert-recommendations',
  'summary',
];

interface ArticleOptions {
  id?: string;
  number?: number;
  sections?: string[];
  body?: string;
  phrases?: string;
  related?: string;
}

function article(o: ArticleOptions = {}): string {
  const phrases =
    o.phrases ??
    `phrases:
${[1, 2, 3, 4].map((i) => `  - text: "A sentence I could really say, number ${i}."`).join('\n')}`;
  return `---
id: ${o.id ?? 'sample-article'}
category: security-and-needs
number: ${o.number ?? 1}
title: A sample article title
summary: A summary that is long enough to pass the schema check for articles.
${phrases}
faq:
${[1, 2, 3].map((i) => `  - q: Question number ${i}?\n    a: An answer that is long enough to be useful, number ${i}.`).join('\n')}
sources:
${[1, 2, 3].map((i) => `  - authors: "Author, A."\n    year: 200${i}\n    title: Book ${i}\n    publisher: Press`).join('\n')}
related: [${o.related ?? ''}]
updated: 2026-11-28
---
${(o.sections ?? SECTIONS).map((s) => `## Heading {#${s}}\n\nText.\n`).join('\n')}
${o.body ?? ''}
`;
}

let root: string;
function write(path: string, text: string): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
const articlePath = (lang: string, file = '001-sample-article.md') =>
  `src/content/articles/${lang}/security-and-needs/${file}`;
const messages = () => checkArticles(root).problems.map((p) => `${p.file}: ${p.message}`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rcw-content-'));
  write('src/content/categories.yaml', CATEGORIES);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('content check', () => {
  test('passes a complete pair of articles', () => {
    write(articlePath('en'), article());
    write(articlePath('zh'), article());
    expect(messages()).toEqual([]);
  });

  test('names the file whose frontmatter breaks the schema', () => {
    write(articlePath('en'), article().replace('number: 1', 'number: one'));
    write(articlePath('zh'), article());
    expect(messages().join('\n')).toMatch(
      /en\/security-and-needs\/001-sample-article\.md: the frontmatter breaks the schema: number/,
    );
  });

  test('reports a missing section', () => {
    write(articlePath('en'), article({ sections: SECTIONS.filter((s) => s !== 'case-analysis') }));
    write(articlePath('zh'), article());
    expect(messages()).toContain(`${articlePath('en')}: the required section "case-analysis" is missing`);
  });

  test('reports sections out of order', () => {
    const swapped = [...SECTIONS];
    [swapped[1], swapped[2]] = [swapped[2] ?? '', swapped[1] ?? ''];
    write(articlePath('en'), article({ sections: swapped }));
    write(articlePath('zh'), article({ sections: swapped }));
    expect(messages().join('\n')).toMatch(/sections are out of order/);
  });

  test('reports an article that exists in one language only', () => {
    write(articlePath('en'), article());
    expect(messages()).toEqual([
      `${articlePath('en')}: the zh version is missing (expected src/content/articles/zh/security-and-needs/001-sample-article.md)`,
    ]);
  });

  test('reports two articles with the same number in a category', () => {
    for (const lang of ['en', 'zh']) {
      write(articlePath(lang), article());
      write(articlePath(lang, '001-other-article.md'), article({ id: 'other-article' }));
    }
    expect(messages().join('\n')).toMatch(/shares number 1 in "security-and-needs"/);
  });

  test('reports internal links and anchors that point nowhere', () => {
    const body =
      '[gone](/en/wiki/security-and-needs/009-missing/) [anchor](#no-such-anchor) [ok](#summary) [safety](/en/safety/)';
    write(articlePath('en'), article({ body }));
    write(articlePath('zh'), article());
    const all = messages().join('\n');
    expect(all).toMatch(/link "\/en\/wiki\/security-and-needs\/009-missing\/" points to no page/);
    expect(all).toMatch(/link "#no-such-anchor" points to a missing anchor/);
    expect(all).not.toMatch(/#summary|\/en\/safety\//);
  });

  test('reports a link into the other language', () => {
    write(articlePath('en'), article({ body: '[zh](/zh/safety/)' }));
    write(articlePath('zh'), article());
    expect(messages().join('\n')).toMatch(/leaves the article's language/);
  });

  test('reports empty phrases', () => {
    write(articlePath('en'), article({ phrases: 'phrases: []' }));
    write(articlePath('zh'), article());
    expect(messages().join('\n')).toMatch(/phrases: Array must contain at least 4/);
  });

  test('reports related articles that do not exist', () => {
    write(articlePath('en'), article({ related: 'nowhere' }));
    write(articlePath('zh'), article({ related: 'nowhere' }));
    expect(messages().join('\n')).toMatch(/related article "nowhere" does not exist/);
  });

  test('reports headings whose ids differ between languages', () => {
    write(articlePath('en'), article({ body: '### Step {#step-1}' }));
    write(articlePath('zh'), article({ body: '### 步骤 {#step-one}' }));
    expect(messages().join('\n')).toMatch(/heading ids differ from the English version/);
  });
});
