import { interpolate, type Params } from './interpolate.ts';
import type { Lang } from './locales.ts';
import { en, type UiDictionary, type UiKey } from './ui/en.ts';
import { zh } from './ui/zh.ts';

export { interpolate, type Params };

const dictionaries: Record<Lang, UiDictionary> = { en, zh };

/** Looks up a UI string in a language and fills its placeholders. */
export function translate(lang: Lang, key: UiKey, params?: Params): string {
  return interpolate(dictionaries[lang][key], params);
}

/** A translator bound to one language: `const t = useTranslations(lang); t('nav.wiki')`. */
export function useTranslations(lang: Lang): (key: UiKey, params?: Params) => string {
  return (key, params) => translate(lang, key, params);
}

/** The whole dictionary of a language (for islands that need a handful of strings). */
export function dictionary(lang: Lang): UiDictionary {
  return dictionaries[lang];
}

/** Formats a date as the reader expects it in their language (UTC, so build and browser agree). */
export function formatDate(lang: Lang, date: Date): string {
  return DATE_FORMATS[lang].format(date);
}

// Made once: a new Intl.DateTimeFormat costs more than rendering the rest of a result page's header.
const dateFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = { en: dateFormat('en-GB'), zh: dateFormat('zh-CN') };
