import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverOrigins } from './origins.ts';

/** A production server started from dist/ for a test. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  process: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  /** SIGTERM, then wait for exit; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Starts `node dist/server/main.mjs` on a free port and waits until it listens.
 * `env` is added to the environment (e.g. DATABASE_URL). Without a DATABASE_URL the server gets a
 * SQLite file of its own in a temporary folder, removed when it stops.
 */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const scratch = env['DATABASE_URL'] ? undefined : mkdtempSync(join(tmpdir(), 'rcw-server-'));
  const databaseUrl = env['DATABASE_URL'] ?? join(scratch ?? '', 'test.db');
  const child = spawn(process.execPath, ['dist/server/main.mjs'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_REQUESTS: '1', ...env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = () => {
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  serverOrigins.add(origin);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      resolve(code);
    }),
  );
  return {
    origin,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
