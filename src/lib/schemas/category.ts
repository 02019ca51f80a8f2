import { z } from 'zod';
import { LocalizedTextSchema } from './localized.ts';

/** The id pattern shared by categories, articles and practices: lower-case words joined by dashes. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single dashes');

/** One wiki category, as listed in `src/content/categories.yaml`. */
export const CategorySchema = z
  .object({
    /** URL segment and key, e.g. `security-and-needs`. */
    id: SlugSchema,
    /** Position in lists (smaller first). */
    order: z.number().int().min(1),
    /** Display name, e.g. "Security and Needs" / "安全感与需求". */
    name: LocalizedTextSchema,
    /** One paragraph on what the category covers. */
    description: LocalizedTextSchema,
  })
  .strict();

export type Category = z.infer<typeof CategorySchema>;
