import type { APIRoute } from 'astro';
import type { ApiRequest } from '../../../lib/api/api-types.ts';
import { handleApi } from '../../../lib/api/router.ts';
import { servicesOf } from '../../../server/services.ts';

/**
 * The API under `astro dev` (and anywhere the request reaches Astro): hands it to the same handlers the
 * production server calls directly (src/server/api-adapter.ts).
 */
export const prerender = false;

export const ALL: APIRoute = async ({ request, url, locals, clientAddress }) => {
  const services = await servicesOf(locals);
  const body = request.body;
  const apiRequest: ApiRequest = {
    method: request.method,
    path: url.pathname,
    query: url.searchParams,
    header: (name) => request.headers.get(name) ?? undefined,
    clientAddress,
    readBody: async (limit) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (body) {
        const reader = body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > limit) {
            await reader.cancel().catch(() => undefined);
            return { tooLarge: true };
          }
          chunks.push(value);
        }
      }
      return { tooLarge: false, bytes: Buffer.concat(chunks) };
    },
  };
  const response = await handleApi(apiRequest, services);
  return new Response(request.method === 'HEAD' ? null : (response.body ?? null), {
    status: response.status,
    headers: response.headers,
  });
};
