import type { ContentData } from '../content-data/load-content-data.ts';
import type { ResultsStore } from '../store/index.ts';

/** What API handlers need besides the request: the store, the submission limiter and the content. */
export interface ApiServices {
  store: ResultsStore;
  submissions: { retryAfter(key: string): number; record(key: string): void };
  content: ContentData;
}
