import { z } from 'zod';
import { SlugSchema } from './category.ts';
import { LocalizedTextSchema } from './localized.ts';

const PATTERNS = ['healthy-interdependence', 'over-dependence', 'hyper-independence', 'uneasy-both-ways'] as const;
const STYLES = ['pursuer', 'withdrawer', 'both', 'neither'] as const;

/** Steps in both languages: the same number in each. */
export const LocalizedStepsSchema = z
  .object({
    en: z.array(z.string().trim().min(10)).min(2).max(8),
    zh: z.array(z.string().trim().min(4)).min(2).max(8),
  })
  .strict()
  .refine((s) => s.en.length === s.zh.length, { message: 'en and zh need the same number of steps' });

/**
 * A practice of the playbook: one YAML file in `src/content/practices/<id>.yaml`. The rules that
 * choose it (`fits`, `needsSafePartner`, `priority`) are language-neutral; texts hang off them per
 * language.
 */
export const PracticeSchema = z
  .object({
    id: SlugSchema,
    title: LocalizedTextSchema,
    /** One or two sentences: what this is and why it helps. */
    summary: LocalizedTextSchema,
    /** Small, concrete steps, in order. */
    steps: LocalizedStepsSchema,
    /** A sentence to say or write, offered with a copy button. */
    phrase: LocalizedTextSchema,
    /** The article section this practice comes from. */
    source: z.object({ article: SlugSchema, section: SlugSchema }).strict(),
    /**
     * True when the practice assumes a partner who is safe to lean on (asking for help, showing
     * vulnerability, agreements with the partner). Left out whenever the safety check raised a concern.
     */
    needsSafePartner: z.boolean(),
    /** Which profiles it fits; any match counts. */
    fits: z
      .object({
        patterns: z.array(z.enum(PATTERNS)).default([]),
        styles: z.array(z.enum(STYLES)).default([]),
        /** Dimension ids: fits when one of them is a growth edge. */
        growth: z.array(SlugSchema).default([]),
      })
      .strict(),
    /** Breaks ties (higher first) and orders the general fallbacks. */
    priority: z.number().int().min(0).max(10).default(5),
  })
  .strict();

export type Practice = z.infer<typeof PracticeSchema>;
