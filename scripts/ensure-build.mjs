#!/usr/bin/env node
// Builds the site when dist/ is missing or older than its sources; otherwise does nothing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staleReason } from './build-freshness.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const reason = staleReason(root);
if (reason) {
  console.log(`Building the site (${reason}) ...`);
  const result = spawnSync(process.execPath, [fileURLToPath(new URL('./build.mjs', import.meta.url))], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
} else {
  console.log('The build in dist/ is up to date.');
}
