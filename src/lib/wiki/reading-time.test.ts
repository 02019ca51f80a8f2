import { expect, test } from 'vitest';
import { countText, readingMinutes } from './reading-time.ts';

test('counts English words at about 220 a minute', () => {
  expect(readingMinutes('word '.repeat(1100))).toBe(5);
});
test('counts Chinese characters at about 400 a minute', () => {
  expect(readingMinutes('依赖'.repeat(600))).toBe(3);
});
test('never says zero minutes', () => {
  expect(readingMinutes('')).toBe(1);
});
test('counts words and Chinese characters apart, in mixed text', () => {
  expect(countText("It's the partner's turn: 依赖与独立, 2 ways — café naïve")).toEqual({ words: 8, han: 5 });
  expect(countText('“A” (b) c-d')).toEqual({ words: 4, han: 0 });
  // A character outside the Basic Multilingual Plane is one Chinese character.
  expect(countText('𠀀字')).toEqual({ words: 0, han: 2 });
});
