import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NO_BROWSER_MESSAGE, findChromium } from './browser.ts';

/**
 * Runs once before the integration and browser tests: makes sure dist/ is built from the current
 * sources, and says loudly when the browser tests cannot run. With REQUIRE_BROWSER=1 (CI), a missing
 * browser is a failure, not a skip.
 */
export default function setup({ provide }: { provide: (key: string, value: unknown) => void }): void {
  void provide;
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const result = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the site did not build; see the output above');
  if (!findChromium()) {
    if (process.env['REQUIRE_BROWSER'] === '1') {
      throw new Error(`REQUIRE_BROWSER=1 but no Chromium was found. ${NO_BROWSER_MESSAGE}`);
    }
    console.warn(`\n${NO_BROWSER_MESSAGE}\n`);
  }
}
