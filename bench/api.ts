// API throughput: the app's endpoints beside a bare node:http JSON handler, measured in the same run.
import { startBenchApp } from './support/bench-app.ts';
import { load, type LoadFigures } from './support/load.ts';
import { startListening } from './support/processes.ts';
import { formatTable } from './support/table.ts';

export const API_BUDGETS = { submitRatio: 0.2, submitP99: 50 };

export interface ApiRow extends LoadFigures {
  baseline?: string;
  ratio?: number;
}

export async function benchApi(seconds = 10): Promise<{ rows: ApiRow[]; failures: string[] }> {
  const app = await startBenchApp();
  const bare = await startListening('bench/support/bare-server.mjs');
  const body = app.submitBody;
  const rows: ApiRow[] = [];
  try {
    const barePost = await load({
      name: 'bare node:http POST (JSON)',
      url: `${bare.origin}/`,
      method: 'POST',
      body,
      seconds,
    });
    const bareGet = await load({ name: 'bare node:http GET', url: `${bare.origin}/`, seconds });
    const submit = await load({
      name: 'POST /api/v1/results (SQLite)',
      url: `${app.origin}/api/v1/results`,
      method: 'POST',
      body,
      seconds,
    });
    const score = await load({
      name: 'POST /api/v1/assessments/…/score',
      url: `${app.origin}/api/v1/assessments/dependence-balance/score`,
      method: 'POST',
      body: app.scoreBody,
      seconds,
    });
    const page = await load({
      name: 'GET /en/result/{token} (page)',
      url: `${app.origin}/en/result/${app.token}`,
      seconds,
    });
    const sharePage = await load({
      name: 'GET /en/s/{shareId} (share page)',
      url: `${app.origin}/en/s/${app.shareId}`,
      seconds,
    });
    rows.push(
      barePost,
      { ...submit, baseline: barePost.name, ratio: submit.requestsPerSecond / barePost.requestsPerSecond },
      { ...score, baseline: barePost.name, ratio: score.requestsPerSecond / barePost.requestsPerSecond },
      bareGet,
      { ...page, baseline: bareGet.name, ratio: page.requestsPerSecond / bareGet.requestsPerSecond },
      { ...sharePage, baseline: bareGet.name, ratio: sharePage.requestsPerSecond / bareGet.requestsPerSecond },
    );
  } finally {
    await app.stop();
    await bare.stop();
  }
  const failures: string[] = [];
  const submit = rows.find((r) => r.name.startsWith('POST /api/v1/results'));
  if (submit) {
    if ((submit.ratio ?? 0) < API_BUDGETS.submitRatio)
      failures.push(
        `submissions at ${((submit.ratio ?? 0) * 100).toFixed(0)}% of the bare handler (< ${API_BUDGETS.submitRatio * 100}%)`,
      );
    if (submit.p99 > API_BUDGETS.submitP99)
      failures.push(`submission p99 ${submit.p99} ms > ${API_BUDGETS.submitP99} ms`);
  }
  for (const r of rows)
    if (r.errors > 0 || r.non2xx > 0) failures.push(`${r.name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
  return { rows, failures };
}

export function apiTable(rows: ApiRow[]): string {
  return formatTable(
    ['endpoint (50 connections)', 'req/s', 'p50 ms', 'p99 ms', 'vs bare', 'errors'],
    rows.map((r) => [
      r.name,
      r.requestsPerSecond.toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      r.ratio === undefined ? '—' : `${(r.ratio * 100).toFixed(0)}%`,
      r.errors + r.non2xx,
    ]),
  );
}
