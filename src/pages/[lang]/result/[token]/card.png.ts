import type { APIRoute } from 'astro';
import { isLang } from '../../../../i18n/locales.ts';
import { hashToken } from '../../../../lib/results/token.ts';
import { servicesOf } from '../../../../server/services.ts';

export const prerender = false;

/** "Save image" on the private result page: the same card a share link shows, as a download. */
export const GET: APIRoute = async ({ params, locals }) => {
  const lang = isLang(params.lang) ? params.lang : 'en';
  const services = await servicesOf(locals);
  const result = await services.store.findResult(hashToken(params.token ?? ''));
  if (!result)
    return new Response('There is no result at this link.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const png = await services.cards.render(lang, {
    pattern: result.profile.pattern,
    dependence: result.scores['dependence-comfort'] ?? 1,
    independence: result.scores['independence-comfort'] ?? 1,
  });
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Disposition': `attachment; filename="communication-profile-${lang}.png"`,
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'Content-Length': String(png.length),
    },
  });
};
