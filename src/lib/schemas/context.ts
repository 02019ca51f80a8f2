import { z } from 'zod';
import { SlugSchema } from './category.ts';

export const RELATIONSHIP_STATUSES = ['single', 'dating', 'living-together', 'married', 'separated', 'other'] as const;
export const PARTNER_TAKING_TEST = ['yes', 'no', 'not-sure'] as const;

/**
 * The optional context step that unlocks the deeper action report. Trigger and goal ids must exist in
 * `src/content/report/triggers.yaml` (checked by the API against the content).
 */
export const ResultContextSchema = z
  .object({
    status: z.enum(RELATIONSHIP_STATUSES),
    /** The situations that set you off most: one to three. */
    triggers: z.array(SlugSchema).min(1).max(3),
    goal: SlugSchema,
    partnerTakingTest: z.enum(PARTNER_TAKING_TEST),
  })
  .strict()
  .refine((c) => new Set(c.triggers).size === c.triggers.length, {
    message: 'a situation is listed twice',
    path: ['triggers'],
  });

export type ResultContext = z.infer<typeof ResultContextSchema>;
