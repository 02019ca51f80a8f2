import { describe, expect, test } from 'vitest';
import { negotiateLang } from './negotiate.ts';

describe('negotiateLang', () => {
  test('defaults to English without a header', () => {
    expect(negotiateLang(undefined)).toBe('en');
    expect(negotiateLang('')).toBe('en');
  });
  test('maps every Chinese tag to zh', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans-CN', 'zh-TW', 'ZH-cn']) expect(negotiateLang(tag)).toBe('zh');
  });
  test('follows q-values, not order', () => {
    expect(negotiateLang('en;q=0.5, zh-CN;q=0.9')).toBe('zh');
    expect(negotiateLang('zh;q=0.3, en-GB')).toBe('en');
  });
  test('skips languages we do not have', () => {
    expect(negotiateLang('fr-FR, de;q=0.9, zh;q=0.8')).toBe('zh');
    expect(negotiateLang('fr-FR, de;q=0.9')).toBe('en');
  });
  test('ignores ranges with q=0 and malformed parts', () => {
    expect(negotiateLang('zh;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLang(',;;, zh;q=abc, en')).toBe('en');
  });
});
