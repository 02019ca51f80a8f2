import type { Profile } from '../scoring/profile.ts';

/** What choosing needs of a practice: its rules, not its texts. */
export interface PracticeRule {
  id: string;
  needsSafePartner: boolean;
  fits: { patterns: readonly string[]; styles: readonly string[]; growth: readonly string[] };
  priority: number;
}

/** How many practices a playbook holds. */
export const PLAYBOOK_SIZE = 6;
export const PLAYBOOK_MIN = 5;

/** Points a practice earns for each kind of match. */
export const FIT_POINTS = { pattern: 3, style: 2, growth: 2 } as const;

/** How well a practice fits a profile: 0 when nothing matches. */
export function fitScore(practice: PracticeRule, profile: Profile): number {
  let points = 0;
  if (practice.fits.patterns.includes(profile.pattern.id)) points += FIT_POINTS.pattern;
  if (practice.fits.styles.includes(profile.style)) points += FIT_POINTS.style;
  for (const edge of profile.growthEdges) if (practice.fits.growth.includes(edge)) points += FIT_POINTS.growth;
  return points;
}

const tieOrders = new WeakMap<readonly PracticeRule[], Map<PracticeRule, number>>();

/**
 * Where each practice goes among practices that fit equally well: by priority (highest first), then by
 * id. Worked out once per list of practices (the server's list lives as long as the process).
 */
function tieOrder(practices: readonly PracticeRule[]): Map<PracticeRule, number> {
  let order = tieOrders.get(practices);
  if (!order) {
    const sorted = [...practices].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
    order = new Map(sorted.map((p, i) => [p, i]));
    tieOrders.set(practices, order);
  }
  return order;
}

/**
 * Chooses the playbook: the practices that fit the profile best (pattern 3 points, stress style 2,
 * each growth edge 2; ties by priority, then id), at most PLAYBOOK_SIZE, topped up with the
 * highest-priority remaining practices to at least PLAYBOOK_MIN. When the safety check raised a
 * concern, no practice that assumes a safe partner is ever chosen. Pure: same input, same output.
 */
export function choosePractices(
  practices: readonly PracticeRule[],
  profile: Profile,
  options: { safetyConcern: boolean },
): string[] {
  const order = tieOrder(practices);
  const allowed = practices.filter((p) => !(options.safetyConcern && p.needsSafePartner));
  const ranked = allowed
    .map((p) => ({ p, score: fitScore(p, profile), tie: order.get(p) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.tie - b.tie);
  const chosen = ranked.filter((r) => r.score > 0).slice(0, PLAYBOOK_SIZE);
  for (const r of ranked) {
    if (chosen.length >= PLAYBOOK_MIN) break;
    if (!chosen.includes(r)) chosen.push(r);
  }
  return chosen.map((r) => r.p.id);
}
