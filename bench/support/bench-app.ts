// The site's server on a fresh SQLite file, with one saved and shared result to read: what the API and
// sustained-load benchmarks start from.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validSubmission } from '../../test/support/submissions.ts';
import { SERVER_NODE_FLAGS, startListening } from './processes.ts';

export interface BenchApp {
  origin: string;
  /** A valid submission, as the request body of POST /api/v1/results. */
  submitBody: string;
  /** A complete set of answers for POST /api/v1/assessments/dependence-balance/score. */
  scoreBody: string;
  /** The token and share id of a result saved before the run. */
  token: string;
  shareId: string;
  /** Stops the server and removes its database. */
  stop: () => Promise<void>;
}

export async function startBenchApp(): Promise<BenchApp> {
  const dir = mkdtempSync(join(tmpdir(), 'rcw-bench-'));
  const app = await startListening(
    'dist/server/main.mjs',
    { DATABASE_URL: join(dir, 'bench.db'), RESULTS_PER_MINUTE: '1000000000' },
    SERVER_NODE_FLAGS,
  );
  const stop = async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const submitBody = JSON.stringify(validSubmission());
    const saved = (await (
      await fetch(`${app.origin}/api/v1/results`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: submitBody,
      })
    ).json()) as { token: string };
    const shared = (await (
      await fetch(`${app.origin}/api/v1/results/${saved.token}/share`, { method: 'POST' })
    ).json()) as { shareId: string };
    const scoreBody = JSON.stringify({
      answers: Object.fromEntries(
        ['dep-1', 'dep-2', 'dep-3', 'dep-4', 'dep-5', 'ind-1', 'ind-2', 'ind-3', 'ind-4', 'ind-5'].map((id) => [id, 3]),
      ),
    });
    return { origin: app.origin, submitBody, scoreBody, token: saved.token, shareId: shared.shareId, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
