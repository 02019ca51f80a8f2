import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import { markdownOptions } from './markdown-options.ts';
import { startPool } from './parallel-glob.ts';

const root = new URL('../../../', import.meta.url);
const articles = ['en', 'zh'].map((lang) => {
  const file = new URL(`src/content/articles/${lang}/security-and-needs/023-self-reliance-vs-dependence.md`, root);
  const source = readFileSync(file, 'utf8');
  return { file, body: source.slice(source.indexOf('\n---', 3) + 4) };
});

test('the render workers turn articles into the same HTML and metadata as Astro’s own pipeline', async () => {
  const astro = await createMarkdownProcessor(markdownOptions as Parameters<typeof createMarkdownProcessor>[0]);
  const pool = await startPool(root, 2);
  try {
    for (const { file, body } of articles) {
      const expected = await astro.render(body, { frontmatter: { title: 'x' } });
      const rendered = await pool.render({ id: '023', data: { title: 'x' }, body, filePath: file.pathname });
      expect(rendered.html).toBe(expected.code);
      expect(rendered.html).toContain('id="problem-scenario"');
      expect(rendered.metadata?.['headings']).toEqual(expected.metadata.headings);
      expect(rendered.metadata?.['frontmatter']).toEqual({
        readingMinutes: expect.any(Number) as number,
      });
      expect(rendered.metadata?.['frontmatter']).toEqual(expected.metadata.frontmatter);
    }
  } finally {
    await pool.close();
  }
});

test('an entry that cannot be sent to a worker fails alone, and the pool goes on', async () => {
  const pool = await startPool(root, 1);
  try {
    await expect(
      pool.render({ id: 'bad', data: { notData: () => 1 }, body: 'x', filePath: '/tmp/bad.md' }),
    ).rejects.toThrow();
    const ok = await pool.render({ id: 'ok', data: {}, body: '# Hello', filePath: '/tmp/ok.md' });
    expect(ok.html).toContain('Hello');
  } finally {
    await pool.close();
  }
});

test('a worker that stops fails the renders waiting on it, and the ones after, instead of hanging', async () => {
  const pool = await startPool(root, 1, new URL('data:text/javascript,process.exit(3)'));
  try {
    await expect(pool.render({ id: 'a', data: {}, body: '# A', filePath: '/tmp/a.md' })).rejects.toThrow(
      /stopped \(exit code 3\)/,
    );
    await expect(pool.render({ id: 'b', data: {}, body: '# B', filePath: '/tmp/b.md' })).rejects.toThrow(/stopped/);
  } finally {
    await pool.close();
  }
});
