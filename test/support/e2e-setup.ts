import { afterEach, expect } from 'vitest';
import { takeBrowserProblems } from './browser.ts';

// In every browser test: no Content-Security-Policy violation and no request to another origin,
// on any page the test opened (launchChromium watches them all).
afterEach(() => {
  expect(takeBrowserProblems(), 'CSP violations or requests to another origin').toEqual([]);
});
