// Sustained load: 200 connections for 30 s across the read and write endpoints, against SQLite.
// Budget: zero errors (and zero non-2xx answers); the p99 is reported.
import { startBenchApp } from './support/bench-app.ts';
import { load, type LoadFigures } from './support/load.ts';
import { formatTable } from './support/table.ts';

export async function benchSustained(
  seconds = 30,
  connections = 200,
): Promise<{ row: LoadFigures; failures: string[] }> {
  const app = await startBenchApp();
  try {
    const row = await load({
      name: `mixed: submit, score, read result, share, article (${connections} connections)`,
      url: app.origin,
      connections,
      seconds,
      requests: [
        { method: 'POST', path: '/api/v1/results', body: app.submitBody },
        { method: 'GET', path: `/api/v1/results/${app.token}` },
        { method: 'POST', path: '/api/v1/assessments/dependence-balance/score', body: app.scoreBody },
        { method: 'GET', path: `/api/v1/share/${app.shareId}` },
        { method: 'GET', path: '/en/wiki/security-and-needs/023-self-reliance-vs-dependence/' },
      ],
    });
    const failures =
      row.errors > 0 || row.non2xx > 0 ? [`sustained load: ${row.errors} errors, ${row.non2xx} non-2xx answers`] : [];
    return { row, failures };
  } finally {
    await app.stop();
  }
}

export function sustainedTable(row: LoadFigures): string {
  return formatTable(
    ['sustained load (30 s)', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    [[row.name, row.requestsPerSecond.toFixed(0), row.p50.toFixed(1), row.p99.toFixed(1), row.errors + row.non2xx]],
  );
}
