import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../i18n/locales.ts';
import { paths } from '../../i18n/routes.ts';
import type { Category } from '../schemas/category.ts';
import { articleDisplayTitle, parseArticleEntryId } from './article-path.ts';
import { contentMemo } from './content-memo.ts';

/** An article entry with what every page needs already worked out. */
export interface WikiArticle {
  entry: CollectionEntry<'articles'>;
  lang: Lang;
  category: Category;
  /** "Security and Needs-023-Self-Reliance vs Dependence: ..." */
  displayTitle: string;
  url: string;
}

async function load(): Promise<{ categories: Category[]; articles: WikiArticle[] }> {
  const categories = (await getCollection('categories')).map((c) => c.data).sort((a, b) => a.order - b.order);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const articles = (await getCollection('articles')).flatMap((entry): WikiArticle[] => {
    const parts = parseArticleEntryId(entry.id);
    const category = byId.get(entry.data.category);
    // The content check rejects both cases before a build; skip rather than crash the dev server.
    if (!parts || !category) return [];
    return [
      {
        entry,
        lang: parts.lang,
        category,
        displayTitle: articleDisplayTitle(category.name[parts.lang], entry.data.number, entry.data.title),
        url: paths.article(parts.lang, category.id, entry.data.number, entry.data.id),
      },
    ];
  });
  articles.sort((a, b) => a.category.order - b.category.order || a.entry.data.number - b.entry.data.number);
  return { categories, articles };
}

const wiki = contentMemo(load);

/** All categories, in display order. */
export async function getCategories(): Promise<Category[]> {
  return (await wiki()).categories;
}

/** All articles in one language, by category order then number. */
export async function getArticles(lang: Lang): Promise<WikiArticle[]> {
  return (await wiki()).articles.filter((a) => a.lang === lang);
}

/** Articles of one category in one language, in number order. */
export async function getCategoryArticles(lang: Lang, categoryId: string): Promise<WikiArticle[]> {
  return (await getArticles(lang)).filter((a) => a.category.id === categoryId);
}

/** One article by its language-neutral id. */
export async function getArticleById(lang: Lang, id: string): Promise<WikiArticle | undefined> {
  return (await getArticles(lang)).find((a) => a.entry.data.id === id);
}

/** The most recently updated articles of a language. */
export async function getLatestArticles(lang: Lang, count: number): Promise<WikiArticle[]> {
  return [...(await getArticles(lang))]
    .sort((a, b) => b.entry.data.updated.getTime() - a.entry.data.updated.getTime() || a.url.localeCompare(b.url))
    .slice(0, count);
}
