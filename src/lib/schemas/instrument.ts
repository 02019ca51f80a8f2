import { z } from 'zod';
import { SlugSchema } from './category.ts';
import { LocalizedTextSchema } from './localized.ts';

/**
 * An instrument: one YAML file in `src/content/instruments/<id>.yaml`. Scoring metadata (ids,
 * dimensions, keys, the scale) is language-neutral and lives once; texts hang off it per language,
 * so editing a translation can never change a score.
 */

/** A rating scale: `points` labelled points, valued 1..points. */
export const ScaleSchema = z
  .object({
    /** How many points (e.g. 5 for a 1-5 scale). */
    points: z.number().int().min(2).max(11),
    /** The label of each point, lowest first: exactly `points` labels. */
    labels: z.array(LocalizedTextSchema),
  })
  .strict()
  .refine((s) => s.labels.length === s.points, { message: 'a scale needs one label per point', path: ['labels'] });

/** One dimension: the mean of its items is its score. */
export const DimensionSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** Which end of the scale is the easier one to live with: `high` (the default) or `low`. */
    healthy: z.enum(['high', 'low']).default('high'),
    /** How the profile names this dimension when it is one of the reader's strengths. */
    strength: LocalizedTextSchema.optional(),
    /** How the profile names this dimension when it is one of the reader's growth edges. */
    growth: LocalizedTextSchema.optional(),
  })
  .strict();

/**
 * The thresholds a profile uses (documented in the instrument file and on the About page).
 * Scores are means on the 1-5 scale.
 */
export const ProfileRulesSchema = z
  .object({
    /** Bands for the bars: below `low` is "low", at or above `high` is "high", between is "moderate". */
    levels: z.object({ low: z.number(), high: z.number() }).strict(),
    /** Communication style under stress: a dimension at or above `threshold` counts as that style. */
    style: z
      .object({
        pursuit: SlugSchema,
        withdrawal: SlugSchema,
        threshold: z.number(),
      })
      .strict(),
  })
  .strict();

/** One item: a statement rated on the scale. `-` items are reverse-keyed (points + 1 - value). */
export const ItemSchema = z
  .object({
    id: SlugSchema,
    /** The dimension this item counts towards. */
    dimension: SlugSchema,
    /** `+`: agreeing more means more of the dimension. `-`: less of it. */
    key: z.enum(['+', '-']),
    /** The item as shown, in both languages. */
    text: LocalizedTextSchema,
  })
  .strict();

/** A question of the safety check asked before the items (answered yes / no / prefer not to say). */
export const SafetyQuestionSchema = z
  .object({
    id: SlugSchema,
    text: LocalizedTextSchema,
  })
  .strict();

export const InstrumentSchema = z
  .object({
    id: SlugSchema,
    /** Bumped whenever items, keys or dimensions change; stored with every result. */
    version: z.number().int().min(1),
    /** Title shown above the items. */
    title: LocalizedTextSchema,
    /** One or two sentences before the items: what this is and how long it takes. */
    intro: LocalizedTextSchema,
    /** The beginning shared by every item ("When I need help from my partner, I feel..."), if any. */
    stem: LocalizedTextSchema.optional(),
    scale: ScaleSchema,
    dimensions: z.array(DimensionSchema).min(1),
    items: z.array(ItemSchema).min(1),
    /** The safety check asked before the items, if the instrument has one. */
    safety: z.array(SafetyQuestionSchema).default([]),
    /** An honest estimate of the minutes it takes, shown before the items. */
    minutes: z.number().int().min(1).max(60),
    /** Rules for the communication profile, for instruments that give one. */
    profile: ProfileRulesSchema.optional(),
  })
  .strict()
  .superRefine((inst, ctx) => {
    const dims = new Set(inst.dimensions.map((d) => d.id));
    const seen = new Set<string>();
    inst.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
      if (!dims.has(item.dimension)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'dimension'],
          message: `unknown dimension "${item.dimension}"`,
        });
      }
    });
    for (const d of inst.dimensions) {
      if (!inst.items.some((item) => item.dimension === d.id)) {
        ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `dimension "${d.id}" has no items` });
      }
    }
    if (new Set(inst.dimensions.map((d) => d.id)).size !== inst.dimensions.length) {
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'duplicate dimension id' });
    }
    if (inst.profile) {
      for (const key of ['pursuit', 'withdrawal'] as const) {
        if (!dims.has(inst.profile.style[key])) {
          ctx.addIssue({
            code: 'custom',
            path: ['profile', 'style', key],
            message: `unknown dimension "${inst.profile.style[key]}"`,
          });
        }
      }
      inst.dimensions.forEach((d, i) => {
        if (!d.strength || !d.growth) {
          ctx.addIssue({
            code: 'custom',
            path: ['dimensions', i],
            message: 'a profile needs a strength and a growth text for every dimension',
          });
        }
      });
    }
    const safetyIds = inst.safety.map((s) => s.id);
    if (new Set(safetyIds).size !== safetyIds.length)
      ctx.addIssue({ code: 'custom', path: ['safety'], message: 'duplicate safety id' });
  });

export type Instrument = z.infer<typeof InstrumentSchema>;
export type InstrumentItem = z.infer<typeof ItemSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type ProfileRules = z.infer<typeof ProfileRulesSchema>;
