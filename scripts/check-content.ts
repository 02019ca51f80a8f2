// `npm run check:content`: checks every article, category and data file, and prints each problem
// with the file it is in. Exits 1 when anything is wrong.
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { formatProblems } from '../src/lib/content-check/content-problem.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { problems, summary } = checkContent(root);
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s)\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(
  `Content check passed: ${summary.articles} article files, ${summary.categories} categories, ${summary.instruments} instruments, ${summary.practices} practices.`,
);
