import type { StoredResult } from '../schemas/result.ts';

/**
 * What a share link shows: the pattern, the scores and their bands. Never the answers, the safety
 * check, the context step, the private token, or anything of the action report.
 */
export function publicProfile(result: StoredResult) {
  return {
    instrument: result.instrument,
    scoringVersion: result.scoringVersion,
    pattern: result.profile.pattern,
    scores: result.scores,
    levels: result.profile.levels,
  };
}

export type PublicProfile = ReturnType<typeof publicProfile>;
