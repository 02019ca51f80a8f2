import type { APIContext, APIRoute } from 'astro';
import { apiError } from './api-error.ts';

/**
 * Wraps an endpoint so that an unexpected failure answers 500 with the documented error shape.
 * The log gets the error message only: never the request body, a token or an answer.
 */
export function withErrors(handler: (context: APIContext) => Promise<Response> | Response): APIRoute {
  return async (context) => {
    try {
      return await handler(context);
    } catch (err) {
      console.error(`api error on ${context.routePattern}: ${err instanceof Error ? err.message : String(err)}`);
      return apiError(500, 'internal', 'Something went wrong on our side. Nothing was changed; please try again.');
    }
  };
}
