import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check/check-content.ts';
import { formatProblems } from '../lib/content-check/content-problem.ts';

/** Fails `astro build` when the content check finds a problem (DESIGN 3). */
export function contentCheck(): AstroIntegration {
  return {
    name: 'rcw:content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const root = fileURLToPath(new URL('../../', import.meta.url));
        const { problems, summary } = checkContent(root);
        if (problems.length > 0) {
          throw new Error(`The content check found ${problems.length} problem(s):\n${formatProblems(problems)}`);
        }
        logger.info(
          `content check passed: ${summary.articles} article files, ${summary.categories} categories, ${summary.instruments} instruments, ${summary.practices} practices`,
        );
      },
    },
  };
}
