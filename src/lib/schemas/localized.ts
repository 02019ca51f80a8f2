import { z } from 'zod';

/** A text in both site languages. Both are required: a missing translation fails the build. */
export const LocalizedTextSchema = z
  .object({
    /** English text. */
    en: z.string().trim().min(1),
    /** Simplified Chinese text. */
    zh: z.string().trim().min(1),
  })
  .strict();

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
