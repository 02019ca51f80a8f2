import type { Root } from 'mdast';
import { expect, test } from 'vitest';
import { remarkSmartQuotes, smarten } from './remark-smart-quotes.ts';

test('curls quotes by where they stand', () => {
  expect(smarten("\"I'm here,\" she said. 'Fine.'", '')).toBe('“I’m here,” she said. ‘Fine.’');
  expect(smarten('("a") -- b --- c...', '')).toBe('(“a”) – b — c…');
});

test('carries the previous character across inline nodes, and leaves code alone', () => {
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'She said "' },
          { type: 'strong', children: [{ type: 'text', value: 'no' }] },
          { type: 'text', value: '" and "x" ' },
          { type: 'inlineCode', value: '"kept"' },
        ],
      },
    ],
  };
  remarkSmartQuotes()(tree);
  const p = tree.children[0] as { children: { value?: string; children?: { value: string }[] }[] };
  expect(p.children[0]?.value).toBe('She said “');
  expect(p.children[1]?.children?.[0]?.value).toBe('no');
  expect(p.children[2]?.value).toBe('” and “x” ');
  expect(p.children[3]?.value).toBe('"kept"');
});
