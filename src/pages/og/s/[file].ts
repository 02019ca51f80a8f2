import type { APIRoute } from 'astro';
import { isLang } from '../../../i18n/locales.ts';
import { servicesOf } from '../../../server/services.ts';

export const prerender = false;

const notFound = () =>
  new Response('This share card does not exist, or its owner removed it.\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/**
 * `/og/s/{shareId}.png?lang=en|zh&v=N`: the 1200x630 picture of a share link, for Open Graph and
 * Twitter. The URL changes with the card version, so a card can be cached for a year; a revoked share
 * answers 404 at once (the share is looked up on every request, before the card cache).
 */
export const GET: APIRoute = async ({ params, url, locals }) => {
  const match = /^([A-Za-z0-9_-]{22})\.png$/.exec(params.file ?? '');
  if (!match?.[1]) return notFound();
  const services = await servicesOf(locals);
  const result = await services.store.findShared(match[1]);
  if (!result) return notFound();
  const lang = isLang(url.searchParams.get('lang')) ? (url.searchParams.get('lang') as 'en' | 'zh') : 'en';
  const png = await services.cards.render(lang, {
    pattern: result.profile.pattern,
    dependence: result.scores['dependence-comfort'] ?? 1,
    independence: result.scores['independence-comfort'] ?? 1,
  });
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Length': String(png.length),
    },
  });
};
