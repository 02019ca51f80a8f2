import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { renderArticleMarkdown } from './article-markdown.ts';

type GlobOptions = Parameters<typeof glob>[0];

// What glob() uses of Astro's content entry types: internal to Astro, so not in its public types.
interface RenderEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}
interface Rendered {
  html: string;
  metadata: Record<string, unknown>;
}
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<(entry: RenderEntry) => Promise<Rendered>>;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * An entry rendered by article-markdown.ts, in the shape Astro gives rendered Markdown: `render(entry)`
 * and `entry.rendered` work as they do for Astro's own pipeline. The reading time goes where a remark
 * plugin would put it, into `metadata.frontmatter`.
 */
export function renderEntry(entry: RenderEntry): Promise<Rendered> {
  const { html, headings, readingMinutes } = renderArticleMarkdown(entry.body ?? '');
  return Promise.resolve({ html, metadata: { headings, frontmatter: { readingMinutes }, imagePaths: [] } });
}

/**
 * Astro's glob() loader with the site's Markdown renderer (article-markdown.ts) in place of Astro's own,
 * in the dev server and in builds alike. The files, ids, schemas and stored entries are glob()'s.
 */
export function markdownGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'markdown-glob-loader',
    load(loaderContext) {
      const context = loaderContext as ContextWithEntryTypes;
      const markdown = context.entryTypes.get('.md');
      if (!markdown) throw new Error('Astro has no Markdown entry type to replace');
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.md', { ...markdown, getRenderFunction: () => Promise.resolve(renderEntry) });
      return inner.load({ ...context, entryTypes } as ContextWithEntryTypes);
    },
  };
}

/** The reading time renderEntry stored in an entry's rendered metadata (1 when it is missing). */
export function renderedReadingMinutes(rendered: { metadata?: Record<string, unknown> } | undefined): number {
  const frontmatter = rendered?.metadata?.['frontmatter'];
  const value =
    typeof frontmatter === 'object' && frontmatter !== null && 'readingMinutes' in frontmatter
      ? frontmatter.readingMinutes
      : undefined;
  return typeof value === 'number' && value > 0 ? value : 1;
}
