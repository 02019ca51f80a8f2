import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import compression from 'compression';
import type { ApiServices } from '../lib/api/api-services.ts';
import { accessLogLine, type LogWriter } from './access-log.ts';
import { serveApi } from './api-adapter.ts';
import { SEARCH_PAGE, SEARCH_WORKER, SECURITY_HEADERS, contentSecurityPolicy } from './security-headers.ts';
import { staticFiles } from './static-files.ts';

/** Astro's request handler in middleware mode (`dist/server/entry.mjs`). */
export type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (err?: unknown) => void,
  locals?: object,
) => Promise<void> | void;

export interface AppServerOptions {
  handler: AstroHandler;
  /** The folder of built static files (`dist/client`). */
  clientDir: string;
  /** Hashes of the inline scripts found in the prerendered pages (collected at build time). */
  staticScriptHashes: string[];
  /** Values every on-demand route sees as `Astro.locals`. */
  locals?: object;
  /** Where one access-log line per request goes (accessLogLine); none when absent. */
  accessLog?: LogWriter;
  /** Serve /api/v1/* directly (skipping Astro) with these services. */
  api?: { services: ApiServices; trustProxy: boolean };
}

const compress = compression({ threshold: 512 });
const DEFAULT_CSP = contentSecurityPolicy();

/**
 * The production HTTP server: security headers on every response, static files (pre-compressed)
 * first, then Astro's on-demand routes (compressed on the fly), and Astro's 404 for the rest.
 */
export function createAppServer(options: AppServerOptions): Server {
  const staticCsp = contentSecurityPolicy(options.staticScriptHashes);
  const searchCsp = contentSecurityPolicy(options.staticScriptHashes, { wasm: true });
  const searchWorkerCsp = contentSecurityPolicy([], { wasm: true });
  const serveStatic = staticFiles(options.clientDir);
  const locals = options.locals ?? {};
  const { accessLog } = options;

  const server = createServer((req, res) => {
    const started = performance.now();
    if (accessLog) {
      res.on('finish', () => {
        accessLog.line(accessLogLine(req.method ?? '-', req.url ?? '/', res.statusCode, performance.now() - started));
      });
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', DEFAULT_CSP);

    const fail = (err: unknown) => {
      // Never a stack trace to the client; the log gets the message, not the request body.
      process.stderr.write(`request failed: ${err instanceof Error ? err.message : String(err)}\n`);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error');
      } else res.destroy();
    };

    const method = req.method ?? 'GET';
    if (options.api && req.url?.startsWith('/api/v1/')) {
      serveApi(req, res, options.api.services, options.api.trustProxy).catch(fail);
      return;
    }
    const toAstro = () => {
      compress(req as never, res as never, () => {
        Promise.resolve(options.handler(req, res, undefined, locals)).catch(fail);
      });
    };
    if (method === 'GET' || method === 'HEAD') {
      // Set before sirv: its 304 answers skip setHeaders, and a browser takes the CSP of a 304 as
      // the page's new policy. Astro's responses replace it with their own.
      const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
      res.setHeader(
        'Content-Security-Policy',
        SEARCH_PAGE.test(path) ? searchCsp : SEARCH_WORKER.test(path) ? searchWorkerCsp : staticCsp,
      );
      serveStatic(req, res, toAstro);
    } else toAstro();
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return server;
}

/**
 * Stops accepting connections, lets in-flight requests finish, then resolves. Connections still
 * open after `timeoutMs` are closed.
 */
export function closeGracefully(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
