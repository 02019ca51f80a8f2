import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NO_BROWSER_MESSAGE, findChromium } from './browser.ts';
import { NO_POSTGRES_MESSAGE, postgresAvailable } from './databases.ts';

/**
 * Runs once before the integration and browser tests: makes sure dist/ is built from the current
 * sources, and says loudly when the browser or PostgreSQL tests cannot run. With REQUIRE_BROWSER=1 and
 * REQUIRE_POSTGRES=1 (CI), a missing browser or database is a failure, not a skip.
 */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const result = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the site did not build; see the output above');
  if (!findChromium()) {
    if (process.env['REQUIRE_BROWSER'] === '1') {
      throw new Error(`REQUIRE_BROWSER=1 but no Chromium was found. ${NO_BROWSER_MESSAGE}`);
    }
    console.warn(`\n${NO_BROWSER_MESSAGE}\n`);
  }
  if (!(await postgresAvailable())) {
    if (process.env['REQUIRE_POSTGRES'] === '1') throw new Error(`REQUIRE_POSTGRES=1 but ${NO_POSTGRES_MESSAGE}`);
    console.warn(`\n${NO_POSTGRES_MESSAGE}\n`);
  }
}
