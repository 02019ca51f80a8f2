import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Real databases for tests: a fresh SQLite file, or a fresh PostgreSQL database created on the server
 * at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
 */
export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  /** What DATABASE_URL would be for the app. */
  url: string;
  drop: () => Promise<void>;
}

export const POSTGRES_ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const NO_POSTGRES_MESSAGE = `!!! POSTGRESQL TESTS SKIPPED: no server answered at ${POSTGRES_ADMIN_URL}. Start one or set TEST_DATABASE_URL. !!!`;

let available: Promise<boolean> | undefined;

/** Whether a PostgreSQL server answers at the admin URL (asked once per process). */
export function postgresAvailable(): Promise<boolean> {
  available ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return available;
}

export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rcw-db-'));
    return {
      kind,
      url: join(dir, 'test.db'),
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `rcw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The databases an integration suite should loop over: SQLite always, PostgreSQL when it answers. */
export async function testDatabaseKinds(): Promise<('sqlite' | 'postgres')[]> {
  return (await postgresAvailable()) ? ['sqlite', 'postgres'] : ['sqlite'];
}
