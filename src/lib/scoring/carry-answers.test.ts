import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeCarriedAnswers, encodeCarriedAnswers } from './carry-answers.ts';

test('round-trips answers', () => {
  const answers = { 'dep-1': 4, 'ind-5': 1 };
  expect(encodeCarriedAnswers(answers)).toBe('dep-1.4~ind-5.1');
  expect(decodeCarriedAnswers(encodeCarriedAnswers(answers))).toEqual(answers);
});

test('drops anything that is not an id and a small whole number', () => {
  expect(decodeCarriedAnswers('dep-1.4~__proto__.3~<x>.2~ind-1.999~ind-2.2.5~dep-1.1')).toEqual({ 'dep-1': 4 });
});

test('never throws on any text', () => {
  fc.assert(fc.property(fc.string(), (s) => void decodeCarriedAnswers(s)));
});
