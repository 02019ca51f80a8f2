import { describe, expect, test } from 'vitest';
import { alternates, langOfPath, paths, switchLangPath } from './routes.ts';

describe('routes', () => {
  test('builds article paths with a padded number', () => {
    expect(paths.article('zh', 'security-and-needs', 23, 'self-reliance-vs-dependence')).toBe(
      '/zh/wiki/security-and-needs/023-self-reliance-vs-dependence/',
    );
  });
  test('switching language keeps the page', () => {
    expect(switchLangPath('/en/wiki/security-and-needs/023-x/', 'zh')).toBe('/zh/wiki/security-and-needs/023-x/');
    expect(switchLangPath('/zh/', 'en')).toBe('/en/');
    expect(switchLangPath('/zh', 'en')).toBe('/en');
  });
  test('paths outside a language tree switch to that language home', () => {
    expect(switchLangPath('/', 'zh')).toBe('/zh/');
    expect(switchLangPath('/english/', 'zh')).toBe('/zh/');
    expect(langOfPath('/english/')).toBeUndefined();
  });
  test('lists hreflang alternates with x-default', () => {
    expect(alternates('/en/wiki/')).toEqual([
      { hreflang: 'en', path: '/en/wiki/' },
      { hreflang: 'zh-CN', path: '/zh/wiki/' },
      { hreflang: 'x-default', path: '/en/wiki/' },
    ]);
  });
});
