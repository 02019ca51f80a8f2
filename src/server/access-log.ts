/**
 * Access-log lines that cannot leak what users trust us with: the query string is dropped, the
 * segment after a private route (`/result/`, `/s/`, `/results/`, `/share/`) is replaced by `:id`, and
 * so is any other long URL-safe segment that is not a readable slug.
 */
const PRIVATE_PARENTS = new Set(['result', 's', 'results', 'share']);
const LONG_URLSAFE = /^[A-Za-z0-9_-]{16,}(\.[a-z]+)?$/;
const READABLE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/** The path as it may be logged. */
export function redactPath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '/';
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      if (segment === '') return segment;
      const afterPrivate = i > 0 && PRIVATE_PARENTS.has(segments[i - 1] ?? '');
      const looksSecret = LONG_URLSAFE.test(segment) && !READABLE_SLUG.test(segment);
      return afterPrivate || looksSecret ? ':id' : segment;
    })
    .join('/');
}

/** One log line: method, redacted path, status and duration. No IP address, no user agent. */
export function accessLogLine(method: string, url: string, status: number, ms: number): string {
  return JSON.stringify({ t: new Date().toISOString(), method, path: redactPath(url), status, ms: Math.round(ms) });
}
