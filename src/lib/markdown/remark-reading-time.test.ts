import type { Root } from 'mdast';
import { expect, test } from 'vitest';
import { plainText, remarkReadingTime, renderedReadingMinutes } from './remark-reading-time.ts';

const tree: Root = {
  type: 'root',
  children: [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Pause' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Take a ' },
        { type: 'strong', children: [{ type: 'text', value: 'short' }] },
        { type: 'text', value: ' break' },
      ],
    },
    { type: 'code', value: 'not counted' },
    { type: 'paragraph', children: [{ type: 'text', value: '先暂停' }] },
  ],
};

test('plainText keeps the words of each block apart and leaves code blocks out', () => {
  expect(plainText(tree).replace(/\s+/g, ' ').trim()).toBe('Pause Take a short break 先暂停');
});

test('the plugin replaces the copied frontmatter with the reading time', () => {
  const file = { data: { astro: { frontmatter: { title: 'copied' } } } as Record<string, unknown> };
  remarkReadingTime()(tree, file);
  expect(file.data['astro']).toEqual({ frontmatter: { readingMinutes: 1 } });
});

test('renderedReadingMinutes reads what the plugin stored, and says 1 without it', () => {
  expect(renderedReadingMinutes({ metadata: { frontmatter: { readingMinutes: 12 } } })).toBe(12);
  expect(renderedReadingMinutes({ metadata: { frontmatter: {} } })).toBe(1);
  expect(renderedReadingMinutes(undefined)).toBe(1);
});
