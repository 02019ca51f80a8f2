import { join } from 'node:path';
import { loadContentData, type ContentData } from '../lib/content-data/load-content-data.ts';
import { createCardRenderer, loadCardFonts, type CardRenderer } from '../lib/share/card-renderer.ts';
import { openStore, type ResultsStore } from '../lib/store/index.ts';
import { RateLimiter } from './rate-limiter.ts';
import { startSubmitter, type Submitter } from './submission-thread.ts';

/** What the on-demand routes need that lives as long as the process: handed to them as `Astro.locals.services`. */
export interface Services {
  store: ResultsStore;
  /** Limits saved results per client (RESULTS_PER_MINUTE, default 20). */
  submissions: RateLimiter;
  /** Instruments, practices and report content, for the API. */
  content: ContentData;
  /** Share cards, with their cache. */
  cards: CardRenderer;
  /** Makes new results from submitted bodies and stores them: on a thread of its own in production. */
  submitter: Submitter;
}

/** Where the services read their files: content (instruments, practices, report) and the card fonts. */
export interface ServiceDirs {
  content: string;
  fonts: string;
  /** The bundled submission thread's code (production); without it, submissions are made and stored in-process. */
  submissionWorker?: string;
}

/** Opens the services from the environment (DATABASE_URL, RESULTS_PER_MINUTE) and their folders. */
export async function openServices(dirs: ServiceDirs, env: NodeJS.ProcessEnv = process.env): Promise<Services> {
  const perMinute = Number(env['RESULTS_PER_MINUTE'] ?? 20);
  const content = loadContentData(dirs.content);
  const store = await openStore(env['DATABASE_URL']);
  return {
    store,
    submissions: new RateLimiter(Number.isFinite(perMinute) && perMinute > 0 ? perMinute : 20, 60_000),
    content,
    cards: createCardRenderer(loadCardFonts(dirs.fonts)),
    submitter: startSubmitter({ workerFile: dirs.submissionWorker, content, contentDir: dirs.content, store }),
  };
}

let devServices: Promise<Services> | undefined;

/**
 * The services of a request: the ones the production server opened, or (under `astro dev`, where
 * there is no such server) one set opened on first use, reading files from src/.
 */
export function servicesOf(locals: App.Locals): Promise<Services> {
  if (locals.services) return Promise.resolve(locals.services);
  devServices ??= openServices({
    content: join(process.cwd(), 'src/content'),
    fonts: join(process.cwd(), 'src/lib/share/fonts'),
  });
  return devServices;
}
