import type { APIRoute } from 'astro';
import { LANGS } from '../i18n/locales.ts';
import { alternates, paths } from '../i18n/routes.ts';
import { getArticles, getCategories } from '../lib/wiki/wiki.ts';

/** `/sitemap.xml`: every public page in both languages, each with its hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const abs = (path: string) => new URL(path, origin).href;
  const entries: { path: string; lastmod?: string }[] = [];
  const categories = await getCategories();
  for (const lang of LANGS) {
    for (const path of [
      paths.home(lang),
      paths.wiki(lang),
      paths.test(lang),
      paths.search(lang),
      paths.about(lang),
      paths.privacy(lang),
      paths.safety(lang),
    ]) {
      entries.push({ path });
    }
    for (const c of categories) entries.push({ path: paths.category(lang, c.id) });
    for (const a of await getArticles(lang))
      entries.push({ path: a.url, lastmod: a.entry.data.updated.toISOString().slice(0, 10) });
  }
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = entries
    .map((e) => {
      const links = alternates(e.path)
        .map((alt) => `<xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${escape(abs(alt.path))}"/>`)
        .join('');
      return `<url><loc>${escape(abs(e.path))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}${links}</url>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
