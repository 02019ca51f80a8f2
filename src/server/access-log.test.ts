import { describe, expect, test } from 'vitest';
import { accessLogLine, redactPath } from './access-log.ts';

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
