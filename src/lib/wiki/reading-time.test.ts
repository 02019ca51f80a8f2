import { expect, test } from 'vitest';
import { readingMinutes } from './reading-time.ts';

test('counts English words at about 220 a minute', () => {
  expect(readingMinutes('word '.repeat(1100))).toBe(5);
});
test('counts Chinese characters at about 400 a minute', () => {
  expect(readingMinutes('依赖'.repeat(600))).toBe(3);
});
test('never says zero minutes', () => {
  expect(readingMinutes('')).toBe(1);
});
