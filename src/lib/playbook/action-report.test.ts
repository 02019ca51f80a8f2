import { describe, expect, test } from 'vitest';
import { buildActionReport } from './action-report.ts';
import type { PracticeRule } from './choose-practices.ts';

const rule = (id: string, needsSafePartner = false): PracticeRule => ({
  id,
  needsSafePartner,
  priority: 5,
  fits: { patterns: [], styles: [], growth: [] },
});
const practices = [
  rule('alone'),
  rule('preview', true),
  rule('breathe'),
  rule('signal', true),
  rule('log'),
  rule('explain'),
];
const base = {
  profile: { pattern: { id: 'over-dependence' as const, strength: 'clear' as const }, style: 'pursuer' as const },
  playbook: ['preview', 'alone', 'breathe', 'log', 'explain'],
  safetyConcern: false,
  context: { triggers: ['slow-replies', 'partner-away'], goal: 'calmer-apart', partnerTakingTest: 'yes' as const },
  goalPractices: ['signal', 'alone'],
  practices,
};

describe('buildActionReport', () => {
  test('plans three weeks alone then one together, the goal practices first', () => {
    const report = buildActionReport(base);
    expect(report.plan).toEqual([
      { week: 1, focus: 'notice', practice: 'alone' },
      { week: 2, focus: 'steady', practice: 'breathe' },
      { week: 3, focus: 'reach-out', practice: 'log' },
      { week: 4, focus: 'together', practice: 'signal' },
    ]);
    expect(report.triggerMap).toEqual([
      { trigger: 'slow-replies', reaction: 'pursue' },
      { trigger: 'partner-away', reaction: 'pursue' },
    ]);
    expect(report.partnerGuide).toBe(true);
    expect(report.partnerTakingTest).toBe(true);
    expect(report.retakeAfterDays).toBe(28);
  });

  test('after a safety concern: safety first, no partner guide, nothing that needs a safe partner', () => {
    const report = buildActionReport({ ...base, safetyConcern: true });
    expect(report.safetyFirst).toBe(true);
    expect(report.partnerGuide).toBe(false);
    expect(report.partnerTakingTest).toBe(false);
    expect(report.plan.map((w) => w.practice)).toEqual(['alone', 'breathe', 'log', 'explain']);
    expect(report.plan.at(-1)?.focus).toBe('support');
  });

  test('withdrawers and mixed styles get their own reactions', () => {
    expect(
      buildActionReport({ ...base, profile: { ...base.profile, style: 'withdrawer' } }).triggerMap[0]?.reaction,
    ).toBe('withdraw');
    expect(buildActionReport({ ...base, profile: { ...base.profile, style: 'both' } }).triggerMap[0]?.reaction).toBe(
      'general',
    );
  });
});
