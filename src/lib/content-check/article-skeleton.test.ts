import { expect, test } from 'vitest';
import { scanHeadings, splitFrontmatter } from './markdown-scan.ts';
import { articleSkeleton, nextArticleNumber, slugify } from './article-skeleton.ts';

test('slugify makes a readable id', () => {
  expect(slugify('Saying No, Kindly!')).toBe('saying-no-kindly');
  expect(slugify('  Café — Trust  ')).toBe('cafe-trust');
});

test('the next number follows the highest one in use', () => {
  expect(nextArticleNumber([])).toBe(1);
  expect(nextArticleNumber([21, 23, 22])).toBe(24);
});

test('a skeleton has every section, in order, with its id', () => {
  const text = articleSkeleton({
    lang: 'zh',
    id: 'x',
    category: 'trust-and-commitment',
    number: 54,
    title: '测试',
    today: '2026-11-28',
  });
  const parts = splitFrontmatter(text);
  expect(parts?.frontmatter).toContain('number: 54');
  expect(scanHeadings(parts?.body ?? '').map((h) => h.id)).toEqual([
    'problem-scenario',
    'core-concepts',
    'step-by-step-guide',
    'case-analysis',
    'expert-recommendations',
    'summary',
  ]);
});
