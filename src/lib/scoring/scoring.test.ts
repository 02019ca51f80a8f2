import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadInstrument } from '../instruments/load-instrument.ts';
import type { ScoringInstrument } from './scoring-instrument.ts';
import {
  classifyDependence,
  DEPENDENCE_PATTERNS,
  keyedValue,
  score,
  SCORING_VERSION,
  validateAnswers,
} from './index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dependenceBalance = loadInstrument(root, 'dependence-balance');

interface GoldenCase {
  name: string;
  answers: Record<string, number>;
  expected: {
    instrument: { id: string; version: number };
    scoringVersion: number;
    scores: Record<string, number>;
    pattern: { id: string; strength: string };
  };
}
const golden = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/golden/dependence-balance.json', import.meta.url), 'utf8'),
) as GoldenCase[];

/** A random instrument: 1-4 dimensions, 1-6 items each, random keys, a 2-11 point scale. */
const instrumentArb: fc.Arbitrary<ScoringInstrument> = fc
  .record({
    points: fc.integer({ min: 2, max: 11 }),
    dims: fc.array(fc.array(fc.constantFrom('+', '-'), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ points, dims }) => {
    return {
      id: 'random',
      version: 1,
      scale: { points },
      dimensions: dims.map((_, d) => ({ id: `d${d}` })),
      items: dims.flatMap((keys, d) => keys.map((key, i) => ({ id: `d${d}-i${i}`, dimension: `d${d}`, key }))),
    };
  });

const withAnswers = instrumentArb.chain((inst) =>
  fc
    .tuple(...inst.items.map(() => fc.integer({ min: 1, max: inst.scale.points })))
    .map((values) => ({ inst, answers: Object.fromEntries(inst.items.map((item, i) => [item.id, values[i] ?? 1])) })),
);

describe('golden answer files', () => {
  test.each(golden.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    expect(validateAnswers(dependenceBalance, g.answers)).toEqual([]);
    const result = score(dependenceBalance, g.answers);
    expect(result).toEqual({
      instrument: g.expected.instrument,
      scoringVersion: g.expected.scoringVersion,
      scores: g.expected.scores,
    });
    const pattern = classifyDependence(
      result.scores['dependence-comfort'] ?? NaN,
      result.scores['independence-comfort'] ?? NaN,
    );
    expect(pattern).toEqual(g.expected.pattern);
  });
});

describe('validateAnswers', () => {
  const complete = golden[0]?.answers ?? {};
  test('accepts complete answers', () => {
    expect(validateAnswers(dependenceBalance, complete)).toEqual([]);
  });
  test('returns every problem at once', () => {
    const answers: Record<string, unknown> = { ...complete, 'dep-1': 2.5, 'dep-2': 0, 'dep-3': '4', 'no-such-item': 3 };
    delete answers['ind-5'];
    expect(validateAnswers(dependenceBalance, answers)).toEqual([
      { item: 'dep-1', problem: 'not_integer' },
      { item: 'dep-2', problem: 'out_of_range' },
      { item: 'dep-3', problem: 'wrong_type' },
      { item: 'ind-5', problem: 'missing' },
      { item: 'no-such-item', problem: 'unknown_item' },
    ]);
  });
  test('rejects answers that are not an object', () => {
    for (const bad of [null, [], 'x', 3, undefined])
      expect(validateAnswers(dependenceBalance, bad)).toEqual([{ item: '*', problem: 'wrong_type' }]);
  });
  test('rejects NaN, Infinity and values above the scale', () => {
    const problems = validateAnswers(dependenceBalance, {
      ...complete,
      'dep-1': Number.NaN,
      'dep-2': Infinity,
      'dep-3': 6,
    });
    expect(problems).toEqual([
      { item: 'dep-1', problem: 'wrong_type' },
      { item: 'dep-2', problem: 'not_integer' },
      { item: 'dep-3', problem: 'out_of_range' },
    ]);
  });
  test('treats prototype keys as unknown items, never as answers', () => {
    const answers = JSON.parse(`{"__proto__": 3, "constructor": 2, ${JSON.stringify(complete).slice(1)}`) as unknown;
    expect(validateAnswers(dependenceBalance, answers)).toEqual([
      { item: '__proto__', problem: 'unknown_item' },
      { item: 'constructor', problem: 'unknown_item' },
    ]);
  });
});

describe('score', () => {
  test('reverses minus-keyed items', () => {
    const inst: ScoringInstrument = {
      ...dependenceBalance,
      items: dependenceBalance.items.map((item) => (item.id === 'dep-1' ? { ...item, key: '-' as const } : item)),
    };
    const answers = { ...golden[2]?.answers, 'dep-1': 5 } as Record<string, number>;
    const plain = score(dependenceBalance, answers).scores['dependence-comfort'] ?? 0;
    const reversed = score(inst, answers).scores['dependence-comfort'] ?? 0;
    expect(plain - reversed).toBeCloseTo((5 - 1) / 5);
  });
  test('refuses invalid answers', () => {
    expect(() => score(dependenceBalance, { 'dep-1': 3 })).toThrow(/cannot score invalid answers/);
  });
  test('records the instrument and scoring versions', () => {
    const result = score(dependenceBalance, golden[0]?.answers ?? {});
    expect(result.instrument).toEqual({ id: 'dependence-balance', version: 1 });
    expect(result.scoringVersion).toBe(SCORING_VERSION);
  });
  test('keeps every score within the scale', () => {
    fc.assert(
      fc.property(withAnswers, ({ inst, answers }) => {
        const { scores } = score(inst, answers);
        expect(Object.keys(scores).sort()).toEqual(inst.dimensions.map((d) => d.id).sort());
        for (const value of Object.values(scores)) {
          expect(value).toBeGreaterThanOrEqual(1);
          expect(value).toBeLessThanOrEqual(inst.scale.points);
        }
      }),
    );
  });
  test('reverse keying is an involution', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 11 }).chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 1, max: p }))),
        ([p, v]) => {
          expect(keyedValue(p, '-', keyedValue(p, '-', v))).toBe(v);
          expect(keyedValue(p, '+', v)).toBe(v);
        },
      ),
    );
  });
  test('flipping every key of an instrument mirrors every score', () => {
    fc.assert(
      fc.property(withAnswers, ({ inst, answers }) => {
        const flipped = {
          ...inst,
          items: inst.items.map((i) => ({ ...i, key: i.key === '+' ? ('-' as const) : ('+' as const) })),
        };
        const a = score(inst, answers).scores;
        const b = score(flipped, answers).scores;
        for (const d of inst.dimensions) expect((a[d.id] ?? 0) + (b[d.id] ?? 0)).toBeCloseTo(inst.scale.points + 1, 9);
      }),
    );
  });
});

describe('classifyDependence', () => {
  const scoreArb = fc.double({ min: 1, max: 5, noNaN: true });

  test('boundaries, one by one', () => {
    const cases: [number, number, string, string][] = [
      [3, 3, 'healthy-interdependence', 'leaning'],
      [3, 2.99, 'over-dependence', 'leaning'],
      [2.99, 3, 'hyper-independence', 'leaning'],
      [2.99, 2.99, 'uneasy-both-ways', 'leaning'],
      [4, 2, 'over-dependence', 'clear'],
      [3.99, 2, 'over-dependence', 'leaning'],
      [4, 2.01, 'over-dependence', 'leaning'],
      [5, 1, 'over-dependence', 'clear'],
      [2, 4, 'hyper-independence', 'clear'],
      [2.01, 4, 'hyper-independence', 'leaning'],
      [2, 3.99, 'hyper-independence', 'leaning'],
      [1, 5, 'hyper-independence', 'clear'],
      [5, 5, 'healthy-interdependence', 'leaning'],
      [1, 1, 'uneasy-both-ways', 'leaning'],
      [3, 2, 'over-dependence', 'leaning'],
      [2, 3, 'hyper-independence', 'leaning'],
    ];
    for (const [dep, ind, id, strength] of cases)
      expect(classifyDependence(dep, ind), `${dep}, ${ind}`).toEqual({ id, strength });
  });

  test('gives every pair exactly one region', () => {
    fc.assert(
      fc.property(scoreArb, scoreArb, (dep, ind) => {
        const { id, strength } = classifyDependence(dep, ind);
        expect(DEPENDENCE_PATTERNS).toContain(id);
        const regions = [dep >= 3 && ind >= 3, dep >= 3 && ind < 3, dep < 3 && ind >= 3, dep < 3 && ind < 3];
        expect(regions.filter(Boolean)).toHaveLength(1);
        expect(DEPENDENCE_PATTERNS[regions.indexOf(true)]).toBe(id);
        if (id === 'healthy-interdependence' || id === 'uneasy-both-ways') expect(strength).toBe('leaning');
      }),
    );
  });

  const depHigh = (id: string) => id === 'healthy-interdependence' || id === 'over-dependence';
  const indHigh = (id: string) => id === 'healthy-interdependence' || id === 'hyper-independence';

  test('is monotone along the dependence axis', () => {
    fc.assert(
      fc.property(scoreArb, scoreArb, scoreArb, (a, b, ind) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = classifyDependence(lo, ind);
        const high = classifyDependence(hi, ind);
        // More comfort with dependence never moves a point out of the comfortable half of that axis...
        if (depHigh(low.id)) expect(depHigh(high.id)).toBe(true);
        // ...never makes over-dependence less clear, nor hyper-independence more clear.
        if (low.id === 'over-dependence' && low.strength === 'clear') expect(high).toEqual(low);
        if (high.id === 'hyper-independence' && high.strength === 'clear') expect(low).toEqual(high);
      }),
    );
  });

  test('is monotone along the independence axis', () => {
    fc.assert(
      fc.property(scoreArb, scoreArb, scoreArb, (dep, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = classifyDependence(dep, lo);
        const high = classifyDependence(dep, hi);
        if (indHigh(low.id)) expect(indHigh(high.id)).toBe(true);
        if (low.id === 'hyper-independence' && low.strength === 'clear') expect(high).toEqual(low);
        if (high.id === 'over-dependence' && high.strength === 'clear') expect(low).toEqual(high);
      }),
    );
  });
});
