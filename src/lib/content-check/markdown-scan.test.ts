import { describe, expect, test } from 'vitest';
import { scanHeadings, scanLinks, splitFrontmatter } from './markdown-scan.ts';

describe('markdown scan', () => {
  test('splits frontmatter from body and counts lines', () => {
    const parts = splitFrontmatter('---\na: 1\nb: 2\n---\n# Body\n');
    expect(parts).toEqual({ frontmatter: 'a: 1\nb: 2', body: '# Body\n', bodyLine: 5 });
    expect(splitFrontmatter('no frontmatter')).toBeUndefined();
  });
  test('finds headings with and without ids, not inside code', () => {
    const body = '## One {#one}\ntext\n```\n## not a heading\n```\n### Two\n';
    expect(scanHeadings(body, 10)).toEqual([
      { depth: 2, text: 'One', id: 'one', line: 10 },
      { depth: 3, text: 'Two', id: undefined, line: 15 },
    ]);
  });
  test('finds links outside code spans and blocks', () => {
    const body = 'See [a](/en/wiki/ "t") and `[b](/nope/)`.\n```\n[c](/nope/)\n```\n[d](#step-1)';
    expect(scanLinks(body).map((l) => l.href)).toEqual(['/en/wiki/', '#step-1']);
  });
});
