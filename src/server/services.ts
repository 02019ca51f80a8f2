import { openStore, type ResultsStore } from '../lib/store/index.ts';
import { RateLimiter } from './rate-limiter.ts';

/** What the on-demand routes need that lives as long as the process: handed to them as `Astro.locals.services`. */
export interface Services {
  store: ResultsStore;
  /** Limits saved results per client (RESULTS_PER_MINUTE, default 20). */
  submissions: RateLimiter;
}

/** Opens the services from the environment (DATABASE_URL, RESULTS_PER_MINUTE). */
export async function openServices(env: NodeJS.ProcessEnv = process.env): Promise<Services> {
  const perMinute = Number(env['RESULTS_PER_MINUTE'] ?? 20);
  return {
    store: await openStore(env['DATABASE_URL']),
    submissions: new RateLimiter(Number.isFinite(perMinute) && perMinute > 0 ? perMinute : 20, 60_000),
  };
}

let devServices: Promise<Services> | undefined;

/**
 * The services of a request: the ones the production server opened, or (under `astro dev`, where
 * there is no such server) one set opened on first use.
 */
export function servicesOf(locals: App.Locals): Promise<Services> {
  if (locals.services) return Promise.resolve(locals.services);
  devServices ??= openServices();
  return devServices;
}
