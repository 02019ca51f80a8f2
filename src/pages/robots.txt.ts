import type { APIRoute } from 'astro';

/** `/robots.txt`: private pages, forms and the API are not for crawlers; share pages carry their own noindex. */
export const GET: APIRoute = ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const lines = [
    'User-agent: *',
    ...['en', 'zh'].flatMap((lang) => [
      `Disallow: /${lang}/result/`,
      `Disallow: /${lang}/check/`,
      `Disallow: /${lang}/test/submit`,
    ]),
    'Disallow: /api/',
    '',
    `Sitemap: ${new URL('/sitemap.xml', origin).href}`,
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
