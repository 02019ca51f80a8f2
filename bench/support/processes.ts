import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A process that prints "listening on http://host:port" when ready. */
export interface Listening {
  origin: string;
  stop: () => Promise<void>;
}

/**
 * The V8 flags `npm start` runs the server with (see package.json): a larger young generation, so that
 * the many short-lived objects of each request are collected less often.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=16'];

/** Starts a node script in its own process and waits until it listens. */
export async function startListening(
  script: string,
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<Listening> {
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, script], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_REQUESTS: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
