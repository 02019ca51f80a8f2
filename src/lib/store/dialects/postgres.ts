import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.ts';
import type { StoreConnection } from './store-connection.ts';

/** PostgreSQL through a pg pool; any number of app instances can share one database. A commit is durable when it returns. */
export function connectPostgres(url: string, poolSize = 10): StoreConnection {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', (err) => console.error(`postgres pool: ${err.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    syncWrites: () => Promise.resolve(),
    close: () => db.destroy(),
  };
}
