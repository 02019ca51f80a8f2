export { openStore, DEFAULT_SQLITE_FILE } from './open-store.ts';
export type { ResultsStore, NewResult } from './results-store.ts';
