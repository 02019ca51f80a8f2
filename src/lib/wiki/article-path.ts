import type { Lang } from '../../i18n/locales.ts';

/** Pads an article number to three digits: 23 -> "023". */
export function formatArticleNumber(n: number): string {
  return String(n).padStart(3, '0');
}

/** The parts of an article's content path `{lang}/{category}/{nnn}-{id}`. */
export interface ArticlePathParts {
  lang: Lang;
  category: string;
  number: number;
  id: string;
}

const ENTRY_ID = /^(en|zh)\/([a-z0-9-]+)\/(\d{3})-([a-z0-9-]+)$/;

/** Parses a content entry id such as `en/security-and-needs/023-self-reliance-vs-dependence`. */
export function parseArticleEntryId(entryId: string): ArticlePathParts | undefined {
  const m = ENTRY_ID.exec(entryId);
  if (!m) return undefined;
  const [, lang, category, nnn, id] = m as unknown as [string, Lang, string, string, string];
  return { lang, category, number: Number(nnn), id };
}

/** The URL segment of an article: `023-self-reliance-vs-dependence`. */
export function articleSegment(number: number, id: string): string {
  return `${formatArticleNumber(number)}-${id}`;
}

/** The display title "Category-NNN-Title", as on the seed page. */
export function articleDisplayTitle(categoryName: string, number: number, title: string): string {
  return `${categoryName}-${formatArticleNumber(number)}-${title}`;
}
