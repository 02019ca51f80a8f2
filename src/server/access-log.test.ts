import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LOG_FLUSH_MS, accessLogLine, createLogWriter, redactPath } from './access-log.ts';

describe('redactPath', () => {
  test('drops query strings', () => {
    expect(redactPath('/en/result?token=abc')).toBe('/en/result');
  });
  test('replaces token-like segments', () => {
    expect(redactPath('/en/result/q2Xr9-kL0_mZpA7bC3dE5fG8hJ1kM4nP6qR')).toBe('/en/result/:id');
    expect(redactPath('/og/s/AbCdEfGh12345678ijklmn.png')).toBe('/og/s/:id');
  });
  test('keeps readable article paths', () => {
    expect(redactPath('/en/wiki/security-and-needs/023-self-reliance-vs-dependence/')).toBe(
      '/en/wiki/security-and-needs/023-self-reliance-vs-dependence/',
    );
  });
});

test('a log line carries no address or user agent', () => {
  const line = JSON.parse(accessLogLine('GET', '/en/?q=secret', 200, 3.4)) as Record<string, unknown>;
  expect(Object.keys(line).sort()).toEqual(['method', 'ms', 'path', 'status', 't']);
  expect(line['path']).toBe('/en/');
});

describe('createLogWriter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('writes the lines of the next 100 ms in one write, in order', () => {
    const writes: string[] = [];
    const log = createLogWriter((chunk) => writes.push(chunk));
    log.line('one');
    vi.advanceTimersByTime(LOG_FLUSH_MS - 1);
    log.line('two');
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['one\ntwo\n']);
    log.line('three');
    vi.advanceTimersByTime(LOG_FLUSH_MS);
    expect(writes).toEqual(['one\ntwo\n', 'three\n']);
    vi.advanceTimersByTime(10 * LOG_FLUSH_MS);
    expect(writes).toHaveLength(2);
  });

  test('flush writes what is pending at once, and nothing when nothing is', () => {
    const writes: string[] = [];
    const log = createLogWriter((chunk) => writes.push(chunk));
    log.flush();
    log.line('last words');
    log.flush();
    expect(writes).toEqual(['last words\n']);
    vi.advanceTimersByTime(LOG_FLUSH_MS);
    expect(writes).toEqual(['last words\n']);
  });

  test('no more than 64 KiB of lines wait', () => {
    const writes: string[] = [];
    const log = createLogWriter((chunk) => writes.push(chunk));
    const line = 'x'.repeat(1023);
    for (let i = 0; i < 64; i++) log.line(line);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toBe(`${line}\n`.repeat(64));
  });
});
