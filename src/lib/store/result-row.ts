import type { StoredResult } from '../schemas/result.ts';
import type { ResultsTable } from './database.ts';

/** A result ready to be stored: everything but the token, of which only the hash is kept. */
export type NewResult = Omit<StoredResult, 'share' | 'context'> & { tokenHash: string };

/** A row, with its columns always in the same order (the batcher relies on it). */
export function toRow(r: Omit<NewResult, 'tokenHash'>, tokenHash: string): ResultsTable {
  return {
    id: r.id,
    token_hash: tokenHash,
    lang: r.lang,
    instrument_id: r.instrument.id,
    instrument_version: r.instrument.version,
    scoring_version: r.scoringVersion,
    answers: JSON.stringify(r.answers),
    safety: JSON.stringify(r.safety),
    scores: JSON.stringify(r.scores),
    profile: JSON.stringify(r.profile),
    playbook: JSON.stringify(r.playbook),
    safety_concern: r.safetyConcern ? 1 : 0,
    research: r.research ? 1 : 0,
    created_at: r.createdAt,
    share_id: null,
    share_indexable: 0,
    context: null,
    previous_result_id: r.previousResultId,
  };
}
