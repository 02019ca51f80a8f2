/**
 * The tables, as Kysely sees them. Dialect-agnostic types only: text, integers, and JSON stored as
 * text (parsed with zod on read). Ids are made by the app; times are ISO-8601 text in UTC.
 */
export interface ResultsTable {
  /** Made by the app (random UUID); never shown to anyone. */
  id: string;
  /** SHA-256 (hex) of the private token; the token itself is never stored. */
  token_hash: string;
  lang: string;
  instrument_id: string;
  instrument_version: number;
  scoring_version: number;
  /** JSON: item id -> rating. */
  answers: string;
  /** JSON: safety question id -> "yes" | "no" | "skip". */
  safety: string;
  /** JSON: dimension id -> mean score. */
  scores: string;
  /** JSON: the communication profile. */
  profile: string;
  /** JSON: ids of the chosen practices, in order. */
  playbook: string;
  /** 1 when any safety answer was "yes". */
  safety_concern: number;
  /** 1 when the owner opted in to research use of the answers. */
  research: number;
  created_at: string;
  /** The public share id (128 random bits, base64url) while a share link exists; null otherwise. */
  share_id: string | null;
  /** 1 when the owner lets search engines index the share page. */
  share_indexable: number;
  /** JSON: the context step's answers, once given. */
  context: string | null;
  /** The id of the result this one retakes. */
  previous_result_id: string | null;
}

export interface Database {
  results: ResultsTable;
}
