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

/** Where access-log lines go: in batches, see createLogWriter. */
export interface LogWriter {
  /** Adds one line (without its newline); it is written within LOG_FLUSH_MS. */
  line(text: string): void;
  /** Writes every line added so far, now. */
  flush(): void;
}

/** How long a line may wait to be written with others. */
export const LOG_FLUSH_MS = 100;
/** Pending text past which lines are written at once. */
const FLUSH_BYTES = 64 * 1024;

/**
 * Writes access-log lines in batches: a line waits at most LOG_FLUSH_MS (or until 64 KiB are pending)
 * and goes out in one write with the lines added meanwhile. Standard output is written synchronously
 * when it is a file or a pipe, and under load one write per request cost the server's main thread about
 * a tenth of its time (a system call each, and system calls are dear on these virtual machines). The
 * server flushes when it stops; a crash can lose the last tenth of a second of lines, never a result.
 */
export function createLogWriter(write: (chunk: string) => void): LogWriter {
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    write(chunk);
  };
  return {
    line(text) {
      pending += `${text}\n`;
      if (pending.length >= FLUSH_BYTES) flush();
      else if (!timer) {
        timer = setTimeout(flush, LOG_FLUSH_MS);
        // The server's sockets keep the process alive, not its log.
        timer.unref();
      }
    },
    flush,
  };
}
