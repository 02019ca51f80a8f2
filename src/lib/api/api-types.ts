/**
 * The API, free of any framework: handlers take an ApiRequest and return an ApiResponse. The production
 * server calls them straight from node:http (src/server/api-adapter.ts); under `astro dev` a catch-all
 * endpoint does (src/pages/api/v1/[...path].ts). Tests call them without a network.
 */

/** What a handler sees of a request. */
export interface ApiRequest {
  method: string;
  /** The path without the query, e.g. `/api/v1/results/abc`. */
  path: string;
  query: URLSearchParams;
  /** A request header (lower-case name), or undefined. */
  header(name: string): string | undefined;
  /** The body, read up to `limit` bytes; `tooLarge` when it is longer. */
  readBody(limit: number): Promise<{ tooLarge: false; bytes: Uint8Array } | { tooLarge: true }>;
  /** The client's address, for rate limiting only (never stored or logged). */
  clientAddress: string;
}

/** What a handler answers. The body is JSON text, or nothing. */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}
