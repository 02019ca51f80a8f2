import { expect, test } from 'vitest';
import { DEPENDENCE_PATTERNS } from '../lib/scoring/index.ts';
import { LANGS } from './locales.ts';
import { patternBody, patternLabel, patternName } from './pattern-label.ts';
import { en } from './ui/en.ts';

test('every pattern has a name, a body and a label for each strength, in both languages', () => {
  for (const lang of LANGS) {
    for (const id of DEPENDENCE_PATTERNS) {
      for (const fn of [
        () => patternName(lang, id),
        () => patternBody(lang, id),
        () => patternLabel(lang, id, 'leaning'),
        () => patternLabel(lang, id, 'clear'),
      ]) {
        const text = fn();
        expect(text).not.toMatch(/^pattern\./);
        expect(text.length).toBeGreaterThan(3);
      }
    }
  }
});

test('patterns without a clear form fall back to leaning', () => {
  expect(patternLabel('en', 'healthy-interdependence', 'clear')).toBe(en['pattern.healthy-interdependence.leaning']);
  expect(patternLabel('zh', 'hyper-independence', 'clear')).toBe('明显过度独立');
});
