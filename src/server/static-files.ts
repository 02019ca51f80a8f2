import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/** Hashed build assets: safe to cache for a year, because a change gives a new name. */
const HASHED_ASSET = /^\/_astro\//;

/**
 * Serves the built static files, preferring the `.br` / `.gz` copies made at build time.
 * Hashed assets are cached as immutable; everything else (HTML, icons) is revalidated by ETag.
 */
export function staticFiles(clientDir: string) {
  return sirv(clientDir, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders(res: ServerResponse, pathname: string) {
      if (HASHED_ASSET.test(pathname)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
      }
    },
  }) as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
