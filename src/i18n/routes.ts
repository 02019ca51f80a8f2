import { type Lang, LANGS, isLang } from './locales.ts';
import { articleSegment } from '../lib/wiki/article-path.ts';

/**
 * Every page path of the site, built in one place. All pages exist at mirrored paths in both
 * languages, so switching language only swaps the first segment.
 */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  wiki: (lang: Lang) => `/${lang}/wiki/`,
  category: (lang: Lang, category: string) => `/${lang}/wiki/${category}/`,
  article: (lang: Lang, category: string, number: number, id: string) =>
    `/${lang}/wiki/${category}/${articleSegment(number, id)}/`,
  test: (lang: Lang) => `/${lang}/test/`,
  testSubmit: (lang: Lang) => `/${lang}/test/submit`,
  check: (lang: Lang, instrument: string) => `/${lang}/check/${instrument}/`,
  result: (lang: Lang, token: string) => `/${lang}/result/${token}`,
  share: (lang: Lang, shareId: string) => `/${lang}/s/${shareId}`,
  shareCard: (lang: Lang, shareId: string, version: number) => `/og/s/${shareId}.png?lang=${lang}&v=${version}`,
  privacy: (lang: Lang) => `/${lang}/privacy/`,
  safety: (lang: Lang) => `/${lang}/safety/`,
  about: (lang: Lang) => `/${lang}/about/`,
  search: (lang: Lang) => `/${lang}/search/`,
  rss: (lang: Lang) => `/${lang}/rss.xml`,
} as const;

/** The language of a path (`/zh/wiki/` -> `zh`), or undefined outside the language trees. */
export function langOfPath(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

/** The same page in another language: `/en/wiki/x/` -> `/zh/wiki/x/`. Outside a language tree, its home. */
export function switchLangPath(pathname: string, to: Lang): string {
  const from = langOfPath(pathname);
  if (!from) return paths.home(to);
  return `/${to}${pathname.slice(from.length + 1)}`;
}

/** `hreflang` alternates for a page: one per language plus `x-default` (English). */
export function alternates(pathname: string): { hreflang: string; path: string }[] {
  const list = LANGS.map((lang) => ({
    hreflang: lang === 'zh' ? 'zh-CN' : 'en',
    path: switchLangPath(pathname, lang),
  }));
  return [...list, { hreflang: 'x-default', path: switchLangPath(pathname, 'en') }];
}
