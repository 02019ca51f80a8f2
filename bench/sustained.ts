// Sustained load: 200 connections for 30 s across the read and write endpoints, against SQLite.
// Budget: zero errors (and zero non-2xx answers); the p99 is reported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validSubmission } from '../test/support/submissions.ts';
import { load, type LoadFigures } from './support/load.ts';
import { SERVER_NODE_FLAGS, startListening } from './support/processes.ts';
import { formatTable } from './support/table.ts';

export async function benchSustained(
  seconds = 30,
  connections = 200,
): Promise<{ row: LoadFigures; failures: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'rcw-bench-load-'));
  const app = await startListening(
    'dist/server/main.mjs',
    {
      DATABASE_URL: join(dir, 'bench.db'),
      RESULTS_PER_MINUTE: '1000000000',
    },
    SERVER_NODE_FLAGS,
  );
  try {
    const body = JSON.stringify(validSubmission());
    const saved = (await (
      await fetch(`${app.origin}/api/v1/results`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      })
    ).json()) as { token: string };
    const share = (await (
      await fetch(`${app.origin}/api/v1/results/${saved.token}/share`, { method: 'POST' })
    ).json()) as { shareId: string };
    const scoreBody = JSON.stringify({
      answers: Object.fromEntries(
        ['dep-1', 'dep-2', 'dep-3', 'dep-4', 'dep-5', 'ind-1', 'ind-2', 'ind-3', 'ind-4', 'ind-5'].map((id) => [id, 3]),
      ),
    });
    const row = await load({
      name: `mixed: submit, score, read result, share, article (${connections} connections)`,
      url: app.origin,
      connections,
      seconds,
      requests: [
        { method: 'POST', path: '/api/v1/results', body },
        { method: 'GET', path: `/api/v1/results/${saved.token}` },
        { method: 'POST', path: '/api/v1/assessments/dependence-balance/score', body: scoreBody },
        { method: 'GET', path: `/api/v1/share/${share.shareId}` },
        { method: 'GET', path: '/en/wiki/security-and-needs/023-self-reliance-vs-dependence/' },
      ],
    });
    const failures =
      row.errors > 0 || row.non2xx > 0 ? [`sustained load: ${row.errors} errors, ${row.non2xx} non-2xx answers`] : [];
    return { row, failures };
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function sustainedTable(row: LoadFigures): string {
  return formatTable(
    ['sustained load (30 s)', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    [[row.name, row.requestsPerSecond.toFixed(0), row.p50.toFixed(1), row.p99.toFixed(1), row.errors + row.non2xx]],
  );
}
