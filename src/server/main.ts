import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogWriter } from './access-log.ts';
import { closeGracefully, createAppServer, type AstroHandler } from './app-server.ts';
import { readServerConfig } from './config.ts';
import { openServices } from './services.ts';

/** What the build writes next to the server bundle (`dist/server/build-info.json`). */
interface BuildInfo {
  staticScriptHashes: string[];
}

/**
 * Starts the production server. Called by the bundle `dist/server/main.mjs`, which the build makes
 * from this file and Astro's `entry.mjs`.
 */
export async function run(handler: AstroHandler, serverDirUrl: string): Promise<void> {
  const config = readServerConfig();
  const clientDir = fileURLToPath(new URL('../client/', serverDirUrl));
  const info = JSON.parse(readFileSync(new URL('./build-info.json', serverDirUrl), 'utf8')) as BuildInfo;
  // Opens the database and runs its migrations before the first request is accepted.
  const services = await openServices({
    content: fileURLToPath(new URL('./content/', serverDirUrl)),
    fonts: fileURLToPath(new URL('./fonts/', serverDirUrl)),
    submissionWorker: fileURLToPath(new URL('./submission-worker.mjs', serverDirUrl)),
  });
  const accessLog = config.logRequests ? createLogWriter((chunk) => process.stdout.write(chunk)) : undefined;
  const server = createAppServer({
    handler,
    clientDir,
    staticScriptHashes: info.staticScriptHashes,
    accessLog,
    locals: { services },
    api: { services, trustProxy: config.trustProxy },
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: finishing in-flight requests, then stopping\n`);
    await closeGracefully(server, config.shutdownTimeoutSeconds * 1000);
    await services.submitter.close();
    await services.store.close();
    accessLog?.flush();
    process.stdout.write('stopped\n');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  process.stdout.write(
    `Relationship Communication Wiki listening on http://${shownHost}:${port} (${services.store.dialect})\n`,
  );
}
