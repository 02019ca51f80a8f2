import type { ContentData } from '../content-data/load-content-data.ts';
import type { Submission } from '../results/prepare-submission.ts';
import type { ResultsStore } from '../store/index.ts';

/** What API handlers need besides the request: the store, the submission limiter, the content and
 * what stores new results. */
export interface ApiServices {
  store: ResultsStore;
  submissions: { retryAfter(key: string): number; record(key: string): void };
  content: ContentData;
  /**
   * Makes new results from submitted bodies and stores them (on the submission thread in production):
   * resolves once the result is on disk, or with why the body cannot be stored.
   */
  submitter: { submit(bodyText: string): Promise<Submission> };
}
