/** The events of one key inside the window: times in order, oldest at `head`. */
interface Window {
  times: number[];
  head: number;
}

/**
 * A sliding-window limiter kept in memory: at most `limit` events per key in any `windowMs`. Keys are
 * client addresses; they are held only as long as their window and never logged or stored. Each
 * instance counts its own clients (behind a load balancer, the limit applies per instance).
 * Every operation is amortised O(1): times arrive in order, so expired ones leave from the front.
 */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #lastSweep = 0;

  constructor(limit: number, windowMs: number, now: () => number = Date.now) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Seconds to wait before the next event is allowed; 0 when it is allowed now. Does not count it. */
  retryAfter(key: string): number {
    const w = this.#windows.get(key);
    if (!w) return 0;
    const now = this.#now();
    this.#expire(w, now);
    if (w.times.length - w.head < this.#limit) return 0;
    return Math.max(1, Math.ceil(((w.times[w.head] ?? now) + this.#windowMs - now) / 1000));
  }

  /** Counts one event for the key. */
  record(key: string): void {
    const now = this.#now();
    let w = this.#windows.get(key);
    if (!w) {
      w = { times: [], head: 0 };
      this.#windows.set(key, w);
    }
    this.#expire(w, now);
    w.times.push(now);
    if (now - this.#lastSweep > this.#windowMs) this.#sweep(now);
  }

  #expire(w: Window, now: number): void {
    const since = now - this.#windowMs;
    while (w.head < w.times.length && (w.times[w.head] ?? 0) <= since) w.head++;
    // Compact now and then, so the array does not keep what has expired.
    if (w.head > 1024 && w.head * 2 > w.times.length) {
      w.times = w.times.slice(w.head);
      w.head = 0;
    }
  }

  /** Forgets keys whose window is empty. */
  #sweep(now: number): void {
    this.#lastSweep = now;
    for (const [key, w] of this.#windows) {
      this.#expire(w, now);
      if (w.head >= w.times.length) this.#windows.delete(key);
    }
  }
}
