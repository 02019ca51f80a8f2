/**
 * A sliding-window limiter kept in memory: at most `limit` events per key in any `windowMs`. Keys are
 * client addresses; they are held only as long as their window and never logged or stored. Each
 * instance counts its own clients (behind a load balancer, the limit applies per instance).
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(limit: number, windowMs: number, now: () => number = Date.now) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Seconds to wait before the next event is allowed; 0 when it is allowed now. Does not count it. */
  retryAfter(key: string): number {
    const recent = this.#recent(key);
    if (recent.length < this.#limit) return 0;
    return Math.max(1, Math.ceil(((recent[0] ?? 0) + this.#windowMs - this.#now()) / 1000));
  }

  /** Counts one event for the key. */
  record(key: string): void {
    const recent = this.#recent(key);
    recent.push(this.#now());
    this.#hits.set(key, recent);
    if (this.#hits.size > 10_000) this.#sweep();
  }

  #recent(key: string): number[] {
    const since = this.#now() - this.#windowMs;
    return (this.#hits.get(key) ?? []).filter((t) => t > since);
  }

  #sweep(): void {
    for (const key of [...this.#hits.keys()]) {
      const recent = this.#recent(key);
      if (recent.length === 0) this.#hits.delete(key);
      else this.#hits.set(key, recent);
    }
  }
}
