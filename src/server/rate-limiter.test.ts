import { expect, test } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

test('allows the limit, then asks to wait until the oldest event leaves the window', () => {
  let now = 1_000_000;
  const limiter = new RateLimiter(3, 60_000, () => now);
  for (let i = 0; i < 3; i++) {
    expect(limiter.retryAfter('a')).toBe(0);
    limiter.record('a');
    now += 1000;
  }
  expect(limiter.retryAfter('a')).toBe(57);
  expect(limiter.retryAfter('b')).toBe(0);
  now += 57_000;
  expect(limiter.retryAfter('a')).toBe(0);
});

test('forgets clients whose window is over', () => {
  let now = 0;
  const limiter = new RateLimiter(2, 1000, () => now);
  limiter.record('a');
  limiter.record('a');
  expect(limiter.retryAfter('a')).toBe(1);
  now = 5000;
  limiter.record('b');
  expect(limiter.retryAfter('a')).toBe(0);
});

test('stays fast with a very high limit', () => {
  let now = 0;
  const limiter = new RateLimiter(1e9, 60_000, () => now);
  for (let i = 0; i < 50_000; i++) {
    now += 1;
    limiter.record('a');
    expect(limiter.retryAfter('a')).toBe(0);
  }
});
