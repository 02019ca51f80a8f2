import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { markdownGlob } from './lib/markdown/markdown-glob.ts';
import {
  ArticleFrontmatterSchema,
  CategorySchema,
  InstrumentSchema,
  PageFrontmatterSchema,
  PracticeSchema,
} from './lib/schemas/index.ts';

/** Articles: one Markdown file per language at mirrored paths, `{lang}/{category}/{nnn}-{id}.md`. */
const articles = defineCollection({
  loader: markdownGlob({
    pattern: '{en,zh}/*/*.md',
    base: './src/content/articles',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // Pages use the rendered HTML and the reading time (markdown-glob.ts); the Markdown source
    // would only make the data store, and the server bundle that carries it, twice as big.
    retainBody: false,
  }),
  schema: ArticleFrontmatterSchema,
});

/** Categories, with names and descriptions in both languages. */
const categories = defineCollection({
  loader: file('src/content/categories.yaml'),
  schema: CategorySchema,
});

/** Site pages that are mostly prose (privacy, safety, about), one file per language. */
const pages = defineCollection({
  loader: markdownGlob({
    pattern: '{en,zh}/*.md',
    base: './src/content/pages',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: PageFrontmatterSchema,
});

/** Instruments: items, keys, dimensions and texts in both languages, one YAML file each. */
const instruments = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './src/content/instruments',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: InstrumentSchema,
});

/** Playbook practices: rules and texts in both languages, one YAML file each. */
const practices = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './src/content/practices',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: PracticeSchema,
});

export const collections = { articles, categories, pages, instruments, practices };
