import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { HTML_LANG, type Lang } from '../../i18n/locales.ts';
import { langStaticPaths } from '../../i18n/static-paths.ts';
import { translate } from '../../i18n/translate.ts';
import { getArticles } from '../../lib/wiki/wiki.ts';

export const getStaticPaths = langStaticPaths;

/** `/{lang}/rss.xml`: the articles of one language, most recently updated first. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const articles = [...(await getArticles(lang))].sort(
    (a, b) => b.entry.data.updated.getTime() - a.entry.data.updated.getTime() || a.url.localeCompare(b.url),
  );
  return rss({
    title: translate(lang, 'site.name'),
    description: translate(lang, 'site.description'),
    site: site ?? 'http://localhost:4321',
    customData: `<language>${HTML_LANG[lang].toLowerCase()}</language>`,
    items: articles.map((a) => ({
      title: a.displayTitle,
      link: a.url,
      description: a.entry.data.summary,
      pubDate: a.entry.data.updated,
      categories: [a.category.name[lang]],
    })),
  });
};
