import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkContent } from '../lib/content-check/check-content.ts';
import { formatProblems } from '../lib/content-check/content-problem.ts';

type CheckResult = ReturnType<typeof checkContent>;

/**
 * Runs the content check in a worker thread: content-check-worker.ts, bundled by esbuild (the worker
 * cannot load TypeScript itself), so that it reads and checks every file on the second core while Astro
 * syncs the content on the first.
 */
export async function checkContentInWorker(root: string): Promise<CheckResult> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('./content-check-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild gave no content check worker');
  return new Promise<CheckResult>((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { root } });
    worker.once('message', (result: CheckResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check worker exited with code ${code}`)));
  });
}

/**
 * Fails `astro build` when the content check finds a problem (DESIGN 3), before anything is built.
 * The check starts with the build and runs beside Astro's content sync (checkContentInWorker).
 */
export function contentCheck(): AstroIntegration {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  let running: Promise<CheckResult> | undefined;
  return {
    name: 'rcw:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        running = checkContentInWorker(root);
        // Handled in astro:build:start; until then a failure must not count as unhandled.
        running.catch(() => undefined);
      },
      'astro:build:start': async ({ logger }) => {
        const { problems, summary } = await (running ?? checkContent(root));
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
