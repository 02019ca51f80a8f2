import { describe, expect, test } from 'vitest';
import { explicitHeadingId, remarkHeadingIds } from './remark-heading-ids.ts';

const heading = (value: string) => ({
  type: 'root',
  children: [{ type: 'heading', children: [{ type: 'text', value }] }],
});

describe('remarkHeadingIds', () => {
  test('moves a {#id} suffix into the heading id', () => {
    const tree = heading('问题情境 {#problem-scenario}');
    remarkHeadingIds()(tree);
    const h = tree.children[0] as { children: { value: string }[]; data?: { hProperties?: { id?: string } } };
    expect(h.children[0]?.value).toBe('问题情境');
    expect(h.data?.hProperties?.id).toBe('problem-scenario');
  });
  test('leaves headings without a suffix alone', () => {
    const tree = heading('Plain heading');
    remarkHeadingIds()(tree);
    expect(tree.children[0]).toEqual({ type: 'heading', children: [{ type: 'text', value: 'Plain heading' }] });
  });
  test('only accepts lower-case ids made of letters, digits and dashes', () => {
    expect(explicitHeadingId('Step {#step-1}')).toBe('step-1');
    expect(explicitHeadingId('Step {#Step 1}')).toBeUndefined();
    expect(explicitHeadingId('Step {#}')).toBeUndefined();
  });
});
