import type { APIRoute } from 'astro';
import { isLang } from '../../../../i18n/locales.ts';
import { paths } from '../../../../i18n/routes.ts';
import { hashToken } from '../../../../lib/results/token.ts';
import { servicesOf } from '../../../../server/services.ts';

export const prerender = false;

/**
 * The confirm step of "Delete my result" posts here (it works without JavaScript). Deletes the result
 * and sends the owner to the test page, which says it is gone. An unknown token lands there too: the
 * result is gone either way.
 */
export const POST: APIRoute = async ({ params, locals, redirect }) => {
  const lang = isLang(params.lang) ? params.lang : 'en';
  const { store } = await servicesOf(locals);
  await store.deleteResult(hashToken(params.token ?? ''));
  return redirect(`${paths.test(lang)}?deleted=1`, 303);
};

export const ALL: APIRoute = ({ params, redirect }) =>
  redirect(paths.result(isLang(params.lang) ? params.lang : 'en', params.token ?? ''), 303);
