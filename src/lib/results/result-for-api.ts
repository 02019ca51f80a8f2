import type { StoredResult } from '../schemas/result.ts';

/** A stored result as `GET /api/v1/results/{token}` gives it: no answers, no safety answers. */
export function resultForApi(result: StoredResult) {
  return {
    instrument: result.instrument,
    scoringVersion: result.scoringVersion,
    lang: result.lang,
    created: result.createdAt,
    scores: result.scores,
    profile: result.profile,
    playbook: result.playbook,
    safetyConcern: result.safetyConcern,
  };
}
