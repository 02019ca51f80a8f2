import autocannon from 'autocannon';

/** One load run: requests per second and latency percentiles (ms), as autocannon measured them. */
export interface LoadFigures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  connections?: number;
  seconds?: number;
  /** Several requests to rotate through (e.g. reads and writes), instead of one. */
  requests?: { method: 'GET' | 'POST'; path: string; body?: string }[];
}

/** Runs autocannon against one URL and returns the medians the README quotes. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    connections: options.connections ?? 50,
    duration: options.seconds ?? 10,
    headers: options.body || options.requests ? { 'content-type': 'application/json' } : {},
    ...(options.body ? { body: options.body } : {}),
    ...(options.requests
      ? {
          requests: options.requests.map((r) => ({
            method: r.method,
            path: r.path,
            ...(r.body ? { body: r.body } : {}),
          })),
        }
      : {}),
  });
  return {
    name: options.name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
