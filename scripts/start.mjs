#!/usr/bin/env node
// `npm start`: build if needed, then run the production server in this process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ensure = spawnSync(process.execPath, [fileURLToPath(new URL('./ensure-build.mjs', import.meta.url))], {
  stdio: 'inherit',
});
if (ensure.status !== 0) process.exit(ensure.status ?? 1);
await import(new URL('../dist/server/main.mjs', import.meta.url).href);
