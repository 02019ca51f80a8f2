/** The two languages of the site. `en` is the source language; `zh` is Simplified Chinese. */
export const LANGS = ['en', 'zh'] as const;

/** A locale id as it appears in URLs and content paths. */
export type Lang = (typeof LANGS)[number];

/** The value of the `lang` attribute (BCP 47) for each locale. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** The `og:locale` value for each locale. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', zh: 'zh_CN' };

/** The language's own name, used by the language switch. */
export const LANG_NAME: Record<Lang, string> = { en: 'English', zh: '中文' };

/** Narrows an unknown string (a route param, a query value) to a `Lang`. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other language: the target of the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}
