import type { DependenceClassification } from '../scoring/classify-dependence.ts';
import type { StressStyle } from '../scoring/profile.ts';
import type { PracticeRule } from './choose-practices.ts';

/** What the report needs of the context step's answers. */
export interface ReportContext {
  triggers: readonly string[];
  goal: string;
  partnerTakingTest: 'yes' | 'no' | 'not-sure';
}

/** The four weeks of the plan, in order. With a safety concern, the last week is about support, not the partner. */
export const WEEK_FOCUSES = ['notice', 'steady', 'reach-out', 'together'] as const;
export type WeekFocus = (typeof WEEK_FOCUSES)[number] | 'support';

/** How someone with this style tends to react to a trigger. */
export type Reaction = 'pursue' | 'withdraw' | 'general';

/**
 * The deeper action report, language-neutral: ids and structure only. Pages and the API turn the ids
 * into texts in the reader's language (src/content/report/triggers.yaml, the practices, the UI strings).
 */
export interface ActionReport {
  /** The safety section leads, and nothing assumes a safe partner. */
  safetyFirst: boolean;
  pattern: DependenceClassification;
  style: StressStyle;
  /** For each situation chosen in the context step: how this style tends to react. */
  triggerMap: { trigger: string; reaction: Reaction }[];
  /** Four weeks: a focus and the practice whose steps are the daily steps. */
  plan: { week: number; focus: WeekFocus; practice: string }[];
  /** The partner conversation guide (need signal, next-connection preview, reunion ritual), unless safety comes first. */
  partnerGuide: boolean;
  /** Whether the partner is taking the test too (the guide then suggests comparing results together). */
  partnerTakingTest: boolean;
  /** Retake in four weeks. */
  retakeAfterDays: number;
}

export function reactionOf(style: StressStyle): Reaction {
  if (style === 'pursuer') return 'pursue';
  if (style === 'withdrawer') return 'withdraw';
  return 'general';
}

/**
 * Builds the report from the profile, the playbook and the context. The plan takes the goal's
 * practices first, then the playbook's: three weeks of practices done alone, then one done together,
 * and never one that assumes a safe partner when safety comes first.
 * Pure: same input, same output.
 */
export function buildActionReport(input: {
  profile: { pattern: DependenceClassification; style: StressStyle };
  playbook: readonly string[];
  safetyConcern: boolean;
  context: ReportContext;
  goalPractices: readonly string[];
  practices: readonly PracticeRule[];
}): ActionReport {
  const byId = new Map(input.practices.map((p) => [p.id, p]));
  const usable = (id: string) => {
    const practice = byId.get(id);
    return practice !== undefined && !(input.safetyConcern && practice.needsSafePartner);
  };
  const ordered = [...new Set([...input.goalPractices, ...input.playbook, ...input.practices.map((p) => p.id)])].filter(
    usable,
  );
  // Weeks one to three are practised on your own; week four is done together (or, after a safety
  // concern, about support beyond the partner).
  const solo = ordered.filter((id) => byId.get(id)?.needsSafePartner === false);
  const together = ordered.filter((id) => byId.get(id)?.needsSafePartner === true);
  const focuses: WeekFocus[] = input.safetyConcern ? ['notice', 'steady', 'reach-out', 'support'] : [...WEEK_FOCUSES];
  const pick = (focus: WeekFocus, i: number): string => {
    if (focus === 'together') return together[0] ?? solo[3] ?? ordered[0] ?? '';
    if (focus === 'support') return solo.find((id) => id === 'support-beyond-the-partner') ?? solo[3] ?? solo[0] ?? '';
    return solo[i] ?? ordered[i] ?? ordered[0] ?? '';
  };
  return {
    safetyFirst: input.safetyConcern,
    pattern: input.profile.pattern,
    style: input.profile.style,
    triggerMap: input.context.triggers.map((trigger) => ({ trigger, reaction: reactionOf(input.profile.style) })),
    plan: focuses.map((focus, i) => ({ week: i + 1, focus, practice: pick(focus, i) })),
    partnerGuide: !input.safetyConcern,
    partnerTakingTest: !input.safetyConcern && input.context.partnerTakingTest === 'yes',
    retakeAfterDays: 28,
  };
}
