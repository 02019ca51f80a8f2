/** Server settings, read once from the environment. Every one has a default that works on a laptop. */
export interface ServerConfig {
  /** TCP port (`PORT`, default 4321). */
  port: number;
  /** Interface to listen on (`HOST`, default `localhost`; `0.0.0.0` to accept outside connections). */
  host: string;
  /** Write one access-log line per request to stdout (`LOG_REQUESTS`, default on; `0` turns it off). */
  logRequests: boolean;
  /** Seconds to wait for in-flight requests on SIGTERM before closing connections (`SHUTDOWN_TIMEOUT`, default 10). */
  shutdownTimeoutSeconds: number;
  /** Behind a load balancer: take the client address from X-Forwarded-For (`TRUST_PROXY=1`; default off). */
  trustProxy: boolean;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

/** Reads the server configuration from an environment (process.env by default). */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: intFrom(env['PORT'], 4321, 'PORT'),
    host: env['HOST'] || 'localhost',
    logRequests: env['LOG_REQUESTS'] !== '0',
    shutdownTimeoutSeconds: intFrom(env['SHUTDOWN_TIMEOUT'], 10, 'SHUTDOWN_TIMEOUT'),
    trustProxy: env['TRUST_PROXY'] === '1',
  };
}
