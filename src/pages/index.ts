import type { APIRoute } from 'astro';
import { negotiateLang } from '../i18n/negotiate.ts';
import { paths } from '../i18n/routes.ts';
import { translate } from '../i18n/translate.ts';
import { LANG_NAME, HTML_LANG, LANGS } from '../i18n/locales.ts';

export const prerender = false;

/** `/` sends the browser to its language, and offers both in the body for anyone who lands here anyway. */
export const GET: APIRoute = ({ request }) => {
  const lang = negotiateLang(request.headers.get('accept-language'));
  const links = LANGS.map(
    (l) => `<li><a href="${paths.home(l)}" hreflang="${HTML_LANG[l]}" lang="${HTML_LANG[l]}">${LANG_NAME[l]}</a></li>`,
  ).join('');
  const body = `<!doctype html><html lang="${HTML_LANG[lang]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${translate(lang, 'site.name')}</title></head><body><h1>${translate(lang, 'root.title')}</h1><p>${translate(lang, 'root.body')}</p><ul>${links}</ul></body></html>`;
  return new Response(body, {
    status: 302,
    headers: {
      Location: paths.home(lang),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-cache',
      Vary: 'Accept-Language',
    },
  });
};
