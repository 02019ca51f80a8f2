import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Profile } from '../scoring/profile.ts';
import { choosePractices, PLAYBOOK_MIN, PLAYBOOK_SIZE, type PracticeRule } from './choose-practices.ts';

const rule = (
  id: string,
  fits: Partial<PracticeRule['fits']>,
  needsSafePartner = false,
  priority = 5,
): PracticeRule => ({
  id,
  needsSafePartner,
  priority,
  fits: { patterns: [], styles: [], growth: [], ...fits },
});

const practices: PracticeRule[] = [
  rule('alone', { patterns: ['over-dependence'], growth: ['independence-comfort'] }),
  rule('preview', { patterns: ['over-dependence'], styles: ['pursuer'] }, true),
  rule('breathe', { styles: ['pursuer', 'both'], growth: ['pursuit-under-stress'] }),
  rule('ask', { patterns: ['hyper-independence'] }, true),
  rule('ladder', { patterns: ['hyper-independence'], styles: ['withdrawer'] }, true),
  rule('pause', { styles: ['withdrawer'] }),
  rule('self-care', {}, false, 9),
  rule('explain', { growth: ['mentalizing'] }, false, 6),
];

const profile = (over: Partial<Profile> = {}): Profile => ({
  pattern: { id: 'over-dependence', strength: 'clear' },
  style: 'pursuer',
  levels: {},
  strengths: ['repair', 'need-expression'],
  growthEdges: ['independence-comfort', 'pursuit-under-stress'],
  ...over,
});

describe('choosePractices', () => {
  test('ranks by fit, then priority, then id', () => {
    expect(choosePractices(practices, profile(), { safetyConcern: false })).toEqual([
      'alone',
      'preview',
      'breathe',
      'self-care',
      'explain',
    ]);
  });
  test('leaves out every practice that needs a safe partner when the safety check raised a concern', () => {
    const chosen = choosePractices(practices, profile(), { safetyConcern: true });
    expect(chosen).not.toContain('preview');
    expect(chosen).toEqual(['alone', 'breathe', 'self-care', 'explain', 'pause']);
  });
  test('fits a withdrawer leaning toward hyper-independence', () => {
    const p = profile({
      pattern: { id: 'hyper-independence', strength: 'leaning' },
      style: 'withdrawer',
      growthEdges: ['dependence-comfort', 'mentalizing'],
    });
    expect(choosePractices(practices, p, { safetyConcern: false }).slice(0, 3)).toEqual(['ladder', 'ask', 'explain']);
  });
  test('always gives between the minimum and the maximum, never twice the same', () => {
    const patterns = ['healthy-interdependence', 'over-dependence', 'hyper-independence', 'uneasy-both-ways'] as const;
    const styles = ['pursuer', 'withdrawer', 'both', 'neither'] as const;
    const dims = [
      'dependence-comfort',
      'independence-comfort',
      'need-expression',
      'pursuit-under-stress',
      'withdrawal-under-stress',
      'repair',
      'mentalizing',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.constantFrom(...styles),
        fc.shuffledSubarray(dims, { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        (pattern, style, growthEdges, safetyConcern) => {
          const chosen = choosePractices(
            practices,
            profile({ pattern: { id: pattern, strength: 'leaning' }, style, growthEdges }),
            { safetyConcern },
          );
          expect(chosen.length).toBeGreaterThanOrEqual(PLAYBOOK_MIN);
          expect(chosen.length).toBeLessThanOrEqual(PLAYBOOK_SIZE);
          expect(new Set(chosen).size).toBe(chosen.length);
          if (safetyConcern)
            for (const id of chosen) expect(practices.find((p) => p.id === id)?.needsSafePartner).toBe(false);
        },
      ),
    );
  });
});
