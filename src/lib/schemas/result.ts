import { z } from 'zod';
import { LANGS } from '../../i18n/locales.ts';
import { SlugSchema } from './category.ts';
import { ResultContextSchema } from './context.ts';

export const SafetyAnswerSchema = z.enum(['yes', 'no', 'skip']);
export type SafetyAnswer = z.infer<typeof SafetyAnswerSchema>;

/**
 * `POST /api/v1/results`. `scores` is accepted and ignored: the server always scores the answers
 * itself, with the same engine the browser uses.
 */
export const SubmitResultSchema = z
  .object({
    instrument: z.string().max(100),
    lang: z.enum(LANGS),
    /** Safety question id -> "yes" | "no" | "skip" (prefer not to say); every question answered. */
    safety: z.record(z.string().max(100), SafetyAnswerSchema),
    /** Item id -> rating; checked against the instrument by the scoring engine. */
    answers: z.unknown().refine((v) => v !== undefined, { message: 'required' }),
    /** Opt-in to research use of the answers. */
    research: z.boolean().default(false),
    /** Ignored (see above). */
    scores: z.unknown().optional(),
    /** The private token of an earlier result this one retakes (its dimensions are then compared). */
    previous: z.string().max(200).optional(),
  })
  .strict();

export type SubmitResult = z.infer<typeof SubmitResultSchema>;

export const DependenceClassificationSchema = z
  .object({
    id: z.enum(['healthy-interdependence', 'over-dependence', 'hyper-independence', 'uneasy-both-ways']),
    strength: z.enum(['leaning', 'clear']),
  })
  .strict();

/** The communication profile as stored (see lib/scoring/profile.ts). */
export const ProfileSchema = z
  .object({
    pattern: DependenceClassificationSchema,
    style: z.enum(['pursuer', 'withdrawer', 'both', 'neither']),
    levels: z.record(SlugSchema, z.enum(['low', 'moderate', 'high'])),
    strengths: z.array(SlugSchema),
    growthEdges: z.array(SlugSchema),
  })
  .strict();

/** A stored result, parsed from its row. */
export const StoredResultSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(LANGS),
    instrument: z.object({ id: SlugSchema, version: z.number().int() }).strict(),
    scoringVersion: z.number().int(),
    answers: z.record(z.string(), z.number().int()),
    safety: z.record(z.string(), SafetyAnswerSchema),
    scores: z.record(SlugSchema, z.number()),
    profile: ProfileSchema,
    playbook: z.array(SlugSchema),
    safetyConcern: z.boolean(),
    research: z.boolean(),
    createdAt: z.string().datetime(),
    /** The public share link, while there is one. */
    share: z
      .object({ id: z.string().min(1), indexable: z.boolean() })
      .strict()
      .nullable(),
    /** The answers of the optional context step, once given. */
    context: ResultContextSchema.nullable(),
    /** The result this one retakes, if it was started from one. */
    previousResultId: z.string().min(1).nullable(),
  })
  .strict();

export type StoredResult = z.infer<typeof StoredResultSchema>;
