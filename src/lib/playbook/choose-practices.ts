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

const tieOrders = new WeakMap<readonly PracticeRule[], readonly PracticeRule[]>();

/**
 * The practices in the order they take among practices that fit equally well: by priority (highest
 * first), then by id. Worked out once per list of practices (the server's list lives as long as the
 * process).
 */
function inTieOrder(practices: readonly PracticeRule[]): readonly PracticeRule[] {
  let sorted = tieOrders.get(practices);
  if (!sorted) {
    sorted = [...practices].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
    tieOrders.set(practices, sorted);
  }
  return sorted;
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
  // The allowed practices by score (an index into `byScore`), each list in tie order: read from the
  // highest score down, that is the ranking. (Run for every submission: no sort, no objects per practice.)
  const byScore: PracticeRule[][] = [];
  for (const p of inTieOrder(practices)) {
    if (options.safetyConcern && p.needsSafePartner) continue;
    (byScore[fitScore(p, profile)] ??= []).push(p);
  }
  const chosen: string[] = [];
  for (let score = byScore.length - 1; score > 0; score--) {
    for (const p of byScore[score] ?? []) if (chosen.length < PLAYBOOK_SIZE) chosen.push(p.id);
  }
  // Topped up from the practices that fit nothing, highest priority first.
  for (const p of byScore[0] ?? []) if (chosen.length < PLAYBOOK_MIN) chosen.push(p.id);
  return chosen;
}
