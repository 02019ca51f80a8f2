import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiServices } from '../lib/api/api-services.ts';
import type { ApiRequest } from '../lib/api/api-types.ts';
import { handleApi } from '../lib/api/router.ts';

/** Reads a request body up to `limit` bytes; stops reading (and says so) past it. */
function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ tooLarge: false; bytes: Uint8Array } | { tooLarge: true }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve({ tooLarge: false, bytes: Buffer.concat(chunks) });
    });
    req.on('error', reject);
  });
}

/** The client address: the socket's, or the first X-Forwarded-For entry behind a trusted proxy. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Serves `/api/v1/*` straight from node:http: the same handlers as under `astro dev`, without the
 * page-rendering pipeline in the way. JSON answers are small and sent uncompressed.
 */
export async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  services: ApiServices,
  trustProxy: boolean,
): Promise<void> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const request: ApiRequest = {
    method: req.method ?? 'GET',
    path: q === -1 ? url : url.slice(0, q),
    query: new URLSearchParams(q === -1 ? '' : url.slice(q + 1)),
    header: (name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    readBody: (limit) => readBody(req, limit),
    clientAddress: clientAddress(req, trustProxy),
  };
  const response = await handleApi(request, services);
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  // A string body lets Node send headers and body in one write, with Content-Length filled in.
  res.end(request.method === 'HEAD' ? undefined : response.body);
}
