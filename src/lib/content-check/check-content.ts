import { checkArticles } from './check-articles.ts';
import { checkInstruments } from './check-instruments.ts';
import { checkPractices } from './check-practices.ts';
import { checkReport } from './check-report.ts';
import type { ContentProblem } from './content-problem.ts';

/** Summary figures of a content check, printed when it passes. */
export interface ContentSummary {
  articles: number;
  categories: number;
  instruments: number;
  practices: number;
}

/**
 * Runs every content check on the project at `root`. Returns all problems at once, so that an
 * editor sees the whole list in one run.
 */
export function checkContent(root: string): { problems: ContentProblem[]; summary: ContentSummary } {
  const articleCheck = checkArticles(root);
  const instrumentCheck = checkInstruments(root);
  const practiceCheck = checkPractices(root, articleCheck.articles, instrumentCheck.instruments);
  const problems = [
    ...articleCheck.problems,
    ...instrumentCheck.problems,
    ...practiceCheck.problems,
    ...checkReport(root, articleCheck.articles, practiceCheck.practices),
  ];
  const instrumentIds = new Set(instrumentCheck.instruments.map((i) => i.id));
  for (const a of articleCheck.articles) {
    const id = a.data.assessment?.instrument;
    if (id && !instrumentIds.has(id))
      problems.push({
        file: a.file,
        message: `assessment "${id}" has no instrument file (src/content/instruments/${id}.yaml)`,
      });
  }
  return {
    problems,
    summary: {
      articles: articleCheck.articles.length,
      categories: articleCheck.categories.length,
      instruments: instrumentCheck.instruments.length,
      practices: practiceCheck.practices.length,
    },
  };
}
