import type { KeysWithPrefix } from '../../i18n/pick-strings.ts';
import type { ScoringInstrument } from '../../lib/scoring/index.ts';

/** The strings of the test runner (`test.*` keys). */
export type TestRunnerStrings = Record<KeysWithPrefix<'test.'>, string>;

/** What the test runner island gets: the instrument in one language plus what scoring needs. */
export interface TestRunnerInstrument {
  scoring: ScoringInstrument;
  minutes: number;
  stem: string;
  scaleLabels: string[];
  items: { id: string; text: string }[];
  safety: { id: string; text: string }[];
}

/** A draft kept in localStorage until the result is submitted. */
export interface TestDraft {
  v: 1;
  instrument: string;
  version: number;
  answers: Record<string, number>;
  safety: Record<string, 'yes' | 'no' | 'skip'>;
  research: boolean;
  /** Where the reader was: 'safety', or the index of the first item on the page, or 'review'. */
  position: 'safety' | 'review' | number;
  /** The private token of the result this run retakes, if any. */
  previous?: string;
}

/** A saved result listed on the test page ("Your results"), kept in localStorage. */
export interface SavedResultEntry {
  url: string;
  createdAt: string;
  pattern: string;
  strength: 'leaning' | 'clear';
}

export const DRAFT_KEY = 'rcw:test-draft';
export const RESULTS_KEY = 'rcw:results';
