import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectSqlite } from '../../src/lib/store/dialects/sqlite.ts';
import { openStore } from '../../src/lib/store/index.ts';
import { hashToken } from '../../src/lib/results/token.ts';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { postJson, validSubmission } from '../support/submissions.ts';

describe.skipIf(!(await postgresAvailable()))('two server processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // Started together: both run the migrations at once, and Kysely's migration lock lets one win.
    [a, b] = await Promise.all([
      startServer({ DATABASE_URL: database.url }),
      startServer({ DATABASE_URL: database.url }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  test('a result saved through one is read and deleted through the other', async () => {
    const saved = await postJson(a.origin, '/api/v1/results', validSubmission());
    expect(saved.status).toBe(201);
    const { token } = saved.json as { token: string };
    const read = await fetch(`${b.origin}/api/v1/results/${token}`);
    expect(read.status).toBe(200);
    expect((await fetch(`${b.origin}/zh/result/${token}`)).status).toBe(200);
    expect((await fetch(`${b.origin}/api/v1/results/${token}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${a.origin}/api/v1/results/${token}`)).status).toBe(404);
    expect((await fetch(`${a.origin}/en/result/${token}`)).status).toBe(404);
  });
});

describe('durability on SQLite', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('every result acknowledged with 201 survives kill -9, and no half-written row exists', async () => {
    const server = await startServer({ DATABASE_URL: database.url, RESULTS_PER_MINUTE: '100000', LOG_REQUESTS: '0' });
    const acknowledged: string[] = [];
    let killed = false;
    // 200 submissions, started 4 ms apart so that many are in flight when the server is killed.
    const submissions = Array.from({ length: 200 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 4));
      try {
        const res = await postJson(server.origin, '/api/v1/results', validSubmission());
        if (res.status === 201) acknowledged.push((res.json as { token: string }).token);
        if (acknowledged.length >= 20 && !killed) {
          killed = true;
          server.process.kill('SIGKILL');
        }
      } catch {
        // Requests cut off by the kill were never acknowledged.
      }
    });
    await Promise.all(submissions);
    await server.stop();
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(acknowledged.length).toBeLessThan(200);

    const restarted = await startServer({ DATABASE_URL: database.url });
    try {
      for (const token of acknowledged) {
        const res = await fetch(`${restarted.origin}/api/v1/results/${token}`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { playbook: string[]; scores: Record<string, number> };
        expect(Object.keys(body.scores)).toHaveLength(7);
        expect(body.playbook.length).toBeGreaterThanOrEqual(5);
      }
    } finally {
      await restarted.stop();
    }

    // Every stored row is whole: it parses completely.
    const connection = connectSqlite(database.url);
    const hashes = await connection.db.selectFrom('results').select('token_hash').execute();
    await connection.close();
    const store = await openStore(database.url);
    for (const { token_hash } of hashes) expect(await store.findResult(token_hash)).toBeDefined();
    for (const token of acknowledged) expect(hashes.some((h) => h.token_hash === hashToken(token))).toBe(true);
    await store.close();
  });
});
