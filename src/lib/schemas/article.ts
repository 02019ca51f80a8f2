import { z } from 'zod';
import { SlugSchema } from './category.ts';

/**
 * The sections every article has, in this order, as `## Heading {#id}` in its Markdown body.
 * Their ids are the same in both languages; their titles come from the UI dictionaries.
 */
export const ARTICLE_SECTIONS = [
  'problem-scenario',
  'core-concepts',
  'step-by-step-guide',
  'case-analysis',
  'expert-recommendations',
  'summary',
] as const;

export type ArticleSection = (typeof ARTICLE_SECTIONS)[number];

/** A sentence a reader could say to a partner ("Try this sentence" / 可以直接复制的话). */
export const PhraseSchema = z
  .object({
    /** The sentence itself, as it would be said. */
    text: z.string().trim().min(8).max(400),
    /** Optional: the moment it is for ("When your partner is about to travel"). */
    when: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/** One question and answer of the FAQ (plain text, shown and given as FAQPage structured data). */
export const FaqEntrySchema = z
  .object({
    q: z.string().trim().min(5).max(300),
    a: z.string().trim().min(20).max(2000),
  })
  .strict();

/**
 * A published work the article draws on. Books give a publisher, papers a journal.
 * Only works that certainly exist: never invent a citation.
 */
export const SourceSchema = z
  .object({
    /** Authors as cited: "Bowlby, J." or "Gottman, J. M., & Silver, N.". */
    authors: z.string().trim().min(2),
    /** Year of publication (of the edition cited). */
    year: z.number().int().min(1850).max(2100),
    /** Title of the book or paper, in its original language. */
    title: z.string().trim().min(2),
    /** Publisher, for books. */
    publisher: z.string().trim().min(2).optional(),
    /** Journal, for papers. */
    journal: z.string().trim().min(2).optional(),
    /** Volume(issue), for papers: "7(2)". */
    volume: z.string().trim().min(1).optional(),
    /** Page range, for papers: "147-178". */
    pages: z.string().trim().min(1).optional(),
    /** What the article takes from this work, one short line, in the article's language. */
    note: z.string().trim().min(2).optional(),
  })
  .strict()
  .refine((s) => Boolean(s.publisher) !== Boolean(s.journal), {
    message: 'a source has either a publisher (a book) or a journal (a paper)',
  });

/** An inline self-assessment placed inside the article body. */
export const ArticleAssessmentSchema = z
  .object({
    /** The instrument id (a file in `src/content/instruments/`). */
    instrument: SlugSchema,
    /** The id of the heading whose section the check is placed at the end of (e.g. `step-1`). */
    after: SlugSchema,
  })
  .strict();

/** The frontmatter of an article file `src/content/articles/{lang}/{category}/{nnn}-{id}.md`. */
export const ArticleFrontmatterSchema = z
  .object({
    /** Language-neutral id, the same in both languages and equal to the file name after the number. */
    id: SlugSchema,
    /** The category id; must exist in `categories.yaml` and match the folder. */
    category: SlugSchema,
    /** The number within the category (023 is `23`); must match the file name. */
    number: z.number().int().min(1).max(999),
    /** The title without category and number (those are added on the page). */
    title: z.string().trim().min(2).max(160),
    /** The lede: one or two sentences shown under the title, in lists and as the meta description. */
    summary: z.string().trim().min(40).max(400),
    /** "Try this sentence": at least four things a reader could really say. */
    phrases: z.array(PhraseSchema).min(4),
    /** At least three questions readers actually ask, answered plainly. */
    faq: z.array(FaqEntrySchema).min(3),
    /** At least three real works the article draws on. */
    sources: z.array(SourceSchema).min(3),
    /** An inline self-assessment, where the article has one. */
    assessment: ArticleAssessmentSchema.optional(),
    /** Ids of related articles (any category), most related first. */
    related: z.array(SlugSchema).max(6).default([]),
    /** The date of the last real change to the content. */
    updated: z.coerce.date(),
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
export type Phrase = z.infer<typeof PhraseSchema>;
export type FaqEntry = z.infer<typeof FaqEntrySchema>;
export type Source = z.infer<typeof SourceSchema>;
