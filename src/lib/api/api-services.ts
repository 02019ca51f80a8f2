import type { ContentData } from '../content-data/load-content-data.ts';
import type { PreparedSubmission } from '../results/prepare-submission.ts';
import type { ResultsStore } from '../store/index.ts';

/** What API handlers need besides the request: the store, the submission limiter, the content and
 * the submission thread. */
export interface ApiServices {
  store: ResultsStore;
  submissions: { retryAfter(key: string): number; record(key: string): void };
  content: ContentData;
  /** Makes new results from submitted bodies (on the submission thread in production). */
  submissionPreparer: { prepare(bodyText: string): Promise<PreparedSubmission> };
}
