import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadInstrument } from '../instruments/load-instrument.ts';
import { buildProfile, levelOf, score, stressStyle, validateAnswers } from './index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const test30 = loadInstrument(root, 'relationship-test');

describe('relationship-test v1', () => {
  test('has about 30 items, the ten dependence items first with the same ids', () => {
    expect(test30.items).toHaveLength(30);
    const balance = loadInstrument(root, 'dependence-balance');
    expect(test30.items.slice(0, 10).map((i) => [i.id, i.dimension])).toEqual(
      balance.items.map((i) => [i.id, i.dimension]),
    );
  });
  test('has four or more items and a reverse-keyed one in each of the five further dimensions', () => {
    for (const dim of ['need-expression', 'pursuit-under-stress', 'withdrawal-under-stress', 'repair', 'mentalizing']) {
      const items = test30.items.filter((i) => i.dimension === dim);
      expect(items.length, dim).toBeGreaterThanOrEqual(4);
      expect(
        items.some((i) => i.key === '-'),
        dim,
      ).toBe(true);
    }
  });
  test('asks a safety check first', () => {
    expect(test30.safety.map((s) => s.id)).toEqual(['afraid', 'hurt', 'controlled']);
  });
});

describe('levelOf and stressStyle', () => {
  test('bands are low < 2.5 <= moderate < 3.5 <= high', () => {
    const bands = { low: 2.5, high: 3.5 };
    expect([2.49, 2.5, 3.49, 3.5].map((s) => levelOf(s, bands))).toEqual(['low', 'moderate', 'moderate', 'high']);
  });
  test('styles from the two stress dimensions at 3.5', () => {
    expect(stressStyle(3.5, 3.49, 3.5)).toBe('pursuer');
    expect(stressStyle(3.49, 3.5, 3.5)).toBe('withdrawer');
    expect(stressStyle(4, 4, 3.5)).toBe('both');
    expect(stressStyle(1, 3.4, 3.5)).toBe('neither');
  });
});

describe('buildProfile', () => {
  const answersArb = fc
    .tuple(...test30.items.map(() => fc.integer({ min: 1, max: 5 })))
    .map((values) => Object.fromEntries(test30.items.map((item, i) => [item.id, values[i] ?? 1])));

  test('a pursuer who finds dependence easy and independence hard', () => {
    const answers: Record<string, number> = Object.fromEntries(test30.items.map((i) => [i.id, 3]));
    for (const id of ['dep-1', 'dep-2', 'dep-3', 'dep-4', 'dep-5']) answers[id] = 5;
    for (const id of ['ind-1', 'ind-2', 'ind-3', 'ind-4', 'ind-5']) answers[id] = 1;
    Object.assign(answers, { 'pu-1': 5, 'pu-2': 5, 'pu-3': 4, 'pu-4': 1, 'wd-1': 1, 'wd-2': 2, 'wd-3': 1, 'wd-4': 5 });
    const { scores } = score(test30, answers);
    const profile = buildProfile(test30, scores);
    expect(profile.pattern).toEqual({ id: 'over-dependence', strength: 'clear' });
    expect(profile.style).toBe('pursuer');
    expect(profile.strengths).toEqual(['dependence-comfort', 'withdrawal-under-stress']);
    expect(profile.growthEdges).toEqual(['independence-comfort', 'pursuit-under-stress']);
    expect(profile.levels['pursuit-under-stress']).toBe('high');
  });

  test('a flat profile still names two strengths and two other growth edges', () => {
    const flat = Object.fromEntries(test30.items.map((i) => [i.id, 3]));
    const profile = buildProfile(test30, score(test30, flat).scores);
    expect(profile.strengths).toEqual(['dependence-comfort', 'independence-comfort']);
    expect(profile.growthEdges).toEqual(['need-expression', 'pursuit-under-stress']);
  });

  test('always names two strengths and two different growth edges, and every level', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(validateAnswers(test30, answers)).toEqual([]);
        const profile = buildProfile(test30, score(test30, answers).scores);
        expect(profile.strengths).toHaveLength(2);
        expect(profile.growthEdges).toHaveLength(2);
        expect(profile.strengths.filter((s) => profile.growthEdges.includes(s))).toEqual([]);
        expect(Object.keys(profile.levels)).toHaveLength(7);
      }),
    );
  });
});
