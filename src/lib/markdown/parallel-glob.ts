import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { build } from 'esbuild';
import type { RenderReply, RenderRequest } from './render-worker.ts';

type GlobOptions = Parameters<typeof glob>[0];

// What glob() uses of Astro's content entry types: internal to Astro, so not in its public types.
interface RenderEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}
type RenderFunction = (entry: RenderEntry) => Promise<{ html: string; metadata?: Record<string, unknown> }>;
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

/** Markdown rendering spread over worker threads; replies come back by request id. */
interface RenderPool {
  render: RenderFunction;
  close: () => Promise<void>;
}

/** Bundles render-worker.ts (TypeScript, with the site's remark plugins) into one file a Worker can run. */
async function workerScript(root: URL): Promise<string> {
  const dir = join(fileURLToPath(root), 'node_modules', '.cache', 'rcw');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'render-worker.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./render-worker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** Starts `size` render workers (`script` replaces the bundled render-worker.ts, for tests). */
export async function startPool(root: URL, size: number, script?: string | URL): Promise<RenderPool> {
  script ??= await workerScript(root);
  const workers = Array.from({ length: size }, () => new Worker(script));
  const waiting = new Map<number, { resolve: (r: RenderReply) => void; reject: (e: Error) => void }>();
  let next = 0;
  let closing = false;
  // A worker that stops would leave its renders waiting for ever: the pool fails instead.
  let failure: Error | undefined;
  const fail = (err: Error) => {
    failure ??= err;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (reply: RenderReply) => {
      waiting.get(reply.id)?.resolve(reply);
      waiting.delete(reply.id);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`a Markdown render worker stopped (exit code ${code})`));
    });
  }
  return {
    async render(entry) {
      if (failure) throw failure;
      const id = next++;
      const request: RenderRequest = {
        id,
        body: entry.body ?? '',
        frontmatter: entry.data,
        fileURL: pathToFileURL(entry.filePath ?? fileURLToPath(root)).href,
      };
      const reply = await new Promise<RenderReply>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        try {
          workers[id % workers.length]?.postMessage(request);
        } catch (err) {
          // Data a worker cannot receive (it is cloned on the way): this entry fails, the pool goes on.
          waiting.delete(id);
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
      if (!reply.ok) throw new Error(reply.message);
      const metadata = reply.metadata as { localImagePaths?: string[]; remoteImagePaths?: string[] };
      return {
        html: reply.html,
        metadata: {
          ...reply.metadata,
          imagePaths: [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])],
        },
      };
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Astro's glob() loader, with the Markdown rendered on worker threads during a build: turning Markdown
 * into HTML is most of a cold content sync, and Astro does it on one thread while the other cores wait.
 * The files, ids, schemas and the stored entries are glob()'s own; only the render function differs, and
 * it uses the same settings (markdown-options.ts). The dev server, which watches files, uses glob() as is.
 */
export function parallelGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'parallel-glob-loader',
    async load(loaderContext) {
      const context = loaderContext as ContextWithEntryTypes;
      const markdown = context.entryTypes.get('.md');
      if (context.watcher || !markdown) return inner.load(context);
      const pool = await startPool(context.config.root, Math.max(1, availableParallelism()));
      try {
        const entryTypes = new Map(context.entryTypes);
        entryTypes.set('.md', { ...markdown, getRenderFunction: () => Promise.resolve(pool.render) });
        await inner.load({ ...context, entryTypes } as ContextWithEntryTypes);
      } finally {
        await pool.close();
      }
    },
  };
}
