import { expect, test } from 'vitest';
import { uuidV7 } from './uuid-v7.ts';

test('is a version 7 UUID carrying the time', () => {
  const id = uuidV7(0x0192_3456_789a);
  expect(id).toMatch(/^01923456-789a-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
test('sorts by time', () => {
  expect(uuidV7(1000) < uuidV7(2000)).toBe(true);
});
test('differs within the same millisecond', () => {
  expect(uuidV7(5)).not.toBe(uuidV7(5));
});
