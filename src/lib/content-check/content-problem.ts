/** One thing wrong with the content, named by the file it is in. */
export interface ContentProblem {
  /** Path relative to the project root. */
  file: string;
  message: string;
}

/** Formats problems for a terminal: one line each, file first. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.message}`).join('\n');
}
