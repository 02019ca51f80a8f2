import { checkArticles } from './check-articles.ts';
import type { ContentProblem } from './content-problem.ts';

/** Summary figures of a content check, printed when it passes. */
export interface ContentSummary {
  articles: number;
  categories: number;
}

/**
 * Runs every content check on the project at `root`. Returns all problems at once, so that an
 * editor sees the whole list in one run.
 */
export function checkContent(root: string): { problems: ContentProblem[]; summary: ContentSummary } {
  const articleCheck = checkArticles(root);
  return {
    problems: articleCheck.problems,
    summary: { articles: articleCheck.articles.length, categories: articleCheck.categories.length },
  };
}
