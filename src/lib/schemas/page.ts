import { z } from 'zod';

/** The frontmatter of a site page in `src/content/pages/{lang}/{id}.md` (privacy, safety, about). */
export const PageFrontmatterSchema = z
  .object({
    /** The page title. */
    title: z.string().trim().min(2).max(120),
    /** One sentence for the meta description and the lede. */
    description: z.string().trim().min(20).max(300),
    /** The date of the last real change to the content. */
    updated: z.coerce.date(),
  })
  .strict();

export type PageFrontmatter = z.infer<typeof PageFrontmatterSchema>;
