import { apiError, methodNotAllowed } from './api-error.ts';
import type { ApiServices } from './api-services.ts';
import type { ApiRequest, ApiResponse } from './api-types.ts';
import { getAssessment, scoreAssessment } from './routes/assessments.ts';
import { createResult, deleteResult, getResult } from './routes/results.ts';
import { createShare, getShare, putContext, revokeShare } from './routes/share.ts';

type Handler = (req: ApiRequest, services: ApiServices, params: string[]) => Promise<ApiResponse> | ApiResponse;

interface Route {
  pattern: RegExp;
  methods: Record<string, Handler>;
}

const SEGMENT = '([^/]+)';

/** Every route of the API: a path pattern and a handler per method. */
const routes: Route[] = [
  {
    pattern: new RegExp(`^/api/v1/assessments/${SEGMENT}$`),
    methods: { GET: (req, s, [id]) => getAssessment(req, s.content, id ?? '') },
  },
  {
    pattern: new RegExp(`^/api/v1/assessments/${SEGMENT}/score$`),
    methods: { POST: (req, s, [id]) => scoreAssessment(req, s.content, id ?? '') },
  },
  { pattern: /^\/api\/v1\/results$/, methods: { POST: (req, s) => createResult(req, s) } },
  {
    pattern: new RegExp(`^/api/v1/results/${SEGMENT}$`),
    methods: {
      GET: (_req, s, [token]) => getResult(s, token ?? ''),
      DELETE: (_req, s, [token]) => deleteResult(s, token ?? ''),
    },
  },
  {
    pattern: new RegExp(`^/api/v1/results/${SEGMENT}/share$`),
    methods: {
      POST: (req, s, [token]) => createShare(req, s, token ?? ''),
      DELETE: (_req, s, [token]) => revokeShare(s, token ?? ''),
    },
  },
  {
    pattern: new RegExp(`^/api/v1/results/${SEGMENT}/context$`),
    methods: { PUT: (req, s, [token]) => putContext(req, s, token ?? '') },
  },
  {
    pattern: new RegExp(`^/api/v1/share/${SEGMENT}$`),
    methods: { GET: (_req, s, [shareId]) => getShare(s, shareId ?? '') },
  },
];

function decodeSegments(match: RegExpExecArray): string[] | undefined {
  try {
    return match.slice(1).map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/**
 * Answers an API request: 404 for unknown paths, 405 (with Allow) for known paths with another method,
 * and 500 in the documented shape for anything unexpected (the log gets the message, never the body).
 */
export async function handleApi(req: ApiRequest, services: ApiServices): Promise<ApiResponse> {
  try {
    for (const route of routes) {
      const match = route.pattern.exec(req.path);
      if (!match) continue;
      const params = decodeSegments(match);
      if (!params) break;
      const handler = route.methods[req.method] ?? (req.method === 'HEAD' ? route.methods['GET'] : undefined);
      if (!handler) return methodNotAllowed(Object.keys(route.methods));
      return await handler(req, services, params);
    }
    return apiError(404, 'not_found', 'There is no such API endpoint.');
  } catch (err) {
    console.error(
      `api error on ${req.method} ${routes.find((r) => r.pattern.test(req.path))?.pattern.source ?? 'unknown route'}: ${err instanceof Error ? err.message : String(err)}`,
    );
    return apiError(500, 'internal', 'Something went wrong on our side. Nothing was changed; please try again.');
  }
}
