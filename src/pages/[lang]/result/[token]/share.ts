import type { APIRoute } from 'astro';
import { isLang } from '../../../../i18n/locales.ts';
import { paths } from '../../../../i18n/routes.ts';
import { createShareId, hashToken } from '../../../../lib/results/token.ts';
import { servicesOf } from '../../../../server/services.ts';

export const prerender = false;

/**
 * The share form of the private result page (works without JavaScript): `action=create` makes a new
 * share link (replacing any earlier one), `action=revoke` removes it. Back to the page either way.
 */
export const POST: APIRoute = async ({ params, request, locals, redirect }) => {
  const lang = isLang(params.lang) ? params.lang : 'en';
  const token = params.token ?? '';
  const { store } = await servicesOf(locals);
  let form: FormData | undefined;
  try {
    form = await request.formData();
  } catch {
    form = undefined;
  }
  const action = form?.get('action');
  if (action === 'revoke') {
    await store.revokeShare(hashToken(token));
    return redirect(`${paths.result(lang, token)}?share=removed#share`, 303);
  }
  if (action === 'create') {
    await store.createShare(hashToken(token), createShareId(), form?.get('indexable') === 'yes');
    return redirect(`${paths.result(lang, token)}#share`, 303);
  }
  return redirect(`${paths.result(lang, token)}#share`, 303);
};
