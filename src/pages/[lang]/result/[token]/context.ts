import type { APIRoute } from 'astro';
import { isLang } from '../../../../i18n/locales.ts';
import { paths } from '../../../../i18n/routes.ts';
import { checkContext } from '../../../../lib/results/check-context.ts';
import { hashToken } from '../../../../lib/results/token.ts';
import { servicesOf } from '../../../../server/services.ts';

export const prerender = false;

/** The context step's form (works without JavaScript): stores the answers and shows the report. */
export const POST: APIRoute = async ({ params, request, locals, redirect }) => {
  const lang = isLang(params.lang) ? params.lang : 'en';
  const token = params.token ?? '';
  const services = await servicesOf(locals);
  let form: FormData | undefined;
  try {
    form = await request.formData();
  } catch {
    form = undefined;
  }
  const body = {
    status: form?.get('status') ?? undefined,
    triggers: form?.getAll('triggers') ?? [],
    goal: form?.get('goal') ?? undefined,
    partnerTakingTest: form?.get('partnerTakingTest') ?? undefined,
  };
  const check = checkContext(body, services.content.report);
  if (!check.ok) return redirect(`${paths.result(lang, token)}?context=invalid#context`, 303);
  await services.store.setContext(hashToken(token), check.value);
  return redirect(`${paths.result(lang, token)}#report`, 303);
};
