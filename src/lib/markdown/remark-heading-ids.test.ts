import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { explicitHeadingId, remarkHeadingIds } from './remark-heading-ids.ts';

const heading = (value: string): Root => ({
  type: 'root',
  children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value }] }],
});

describe('remarkHeadingIds', () => {
  test('moves a {#id} suffix into the heading id', () => {
    const tree = heading('问题情境 {#problem-scenario}');
    remarkHeadingIds()(tree);
    expect(tree.children[0]).toEqual({
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: '问题情境' }],
      data: { hProperties: { id: 'problem-scenario' } },
    });
  });
  test('leaves headings without a suffix alone', () => {
    const tree = heading('Plain heading');
    remarkHeadingIds()(tree);
    expect(tree.children[0]).toEqual({
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: 'Plain heading' }],
    });
  });
  test('only accepts lower-case ids made of letters, digits and dashes', () => {
    expect(explicitHeadingId('Step {#step-1}')).toBe('step-1');
    expect(explicitHeadingId('Step {#Step 1}')).toBeUndefined();
    expect(explicitHeadingId('Step {#}')).toBeUndefined();
  });
});
