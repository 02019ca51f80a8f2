import { z } from 'zod';
import { SlugSchema } from './category.ts';
import { LocalizedTextSchema } from './localized.ts';

/**
 * A situation that sets people off, offered in the context step of the deeper action report
 * (`src/content/report/triggers.yaml`). Texts say what tends to happen inside someone who pursues or
 * withdraws under stress, one alternative response, and a sentence to use.
 */
export const TriggerSchema = z
  .object({
    id: SlugSchema,
    /** As offered in the context step: "My partner replies late or not at all". */
    label: LocalizedTextSchema,
    /** What often happens inside someone who pursues under stress, in the second person. */
    pursue: LocalizedTextSchema,
    /** What often happens inside someone who withdraws under stress, in the second person. */
    withdraw: LocalizedTextSchema,
    /** What often happens when neither style stands out (or both do). */
    general: LocalizedTextSchema,
    /** One alternative response to try, concrete and small. */
    alternative: LocalizedTextSchema,
    /** A sentence to say in that moment (copyable). */
    sentence: LocalizedTextSchema,
    /** The article section to read more. */
    source: z.object({ article: SlugSchema, section: SlugSchema }).strict(),
  })
  .strict();

/** A goal chosen in the context step, with the practices it favours in the four-week plan. */
export const GoalSchema = z
  .object({
    id: SlugSchema,
    label: LocalizedTextSchema,
    /** Practice ids this goal favours, most fitting first. */
    practices: z.array(SlugSchema).min(2),
  })
  .strict();

export const ReportContentSchema = z
  .object({
    triggers: z.array(TriggerSchema).min(6),
    goals: z.array(GoalSchema).min(4),
  })
  .strict();

export type Trigger = z.infer<typeof TriggerSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type ReportContent = z.infer<typeof ReportContentSchema>;
