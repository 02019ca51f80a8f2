import { LANGS, type Lang } from './locales.ts';

/** `getStaticPaths` for pages that exist once per language. */
export function langStaticPaths(): { params: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang } }));
}
