import { describe, expect, test } from 'vitest';
import { en } from './ui/en.ts';
import { zh } from './ui/zh.ts';
import { formatDate, interpolate, translate } from './translate.ts';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('UI dictionaries', () => {
  test('have the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  test('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });
  test('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });
  test('Chinese strings are written in Chinese', () => {
    const han = /\p{Script=Han}/u;
    for (const [key, value] of Object.entries(zh)) {
      // Strings made only of placeholders and punctuation ("{score} / {max}") have nothing to translate.
      if (!/\p{L}/u.test(value.replace(/\{\w+\}/g, ''))) continue;
      expect(han.test(value), key).toBe(true);
    }
  });
});

describe('translate', () => {
  test('fills placeholders', () => {
    expect(translate('en', 'wiki.articleCount', { count: 3 })).toBe('3 articles');
    expect(translate('zh', 'wiki.articleCount', { count: 3 })).toBe('3 篇文章');
  });
  test('leaves unknown placeholders visible', () => {
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
  });
  test('does not read placeholders from the prototype', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
  test('formats dates per language in UTC', () => {
    const d = new Date('2026-11-28T23:30:00Z');
    expect(formatDate('en', d)).toBe('28 November 2026');
    expect(formatDate('zh', d)).toBe('2026年11月28日');
  });
});
