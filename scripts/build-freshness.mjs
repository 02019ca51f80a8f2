// Decides whether the build in dist/ is missing or older than the sources it was made from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files and folders whose change means the site must be rebuilt. */
export const BUILD_INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/astro.mjs',
  'scripts/search-index.mjs',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const d of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (!d.isFile()) continue;
    // Tests beside the code do not change the site.
    if (/\.test\.ts$/.test(d.name)) continue;
    newest = Math.max(newest, statSync(join(d.parentPath, d.name)).mtimeMs);
  }
  return newest;
}

/** Why the build must be redone, or undefined when dist/ is up to date. */
export function staleReason(root) {
  const stamp = join(root, 'dist/.build-stamp');
  if (!existsSync(stamp)) return 'no complete build in dist/';
  const built = statSync(stamp).mtimeMs;
  for (const input of BUILD_INPUTS) {
    if (newestMtime(join(root, input)) > built) return `${input} changed since the last build`;
  }
  return undefined;
}
