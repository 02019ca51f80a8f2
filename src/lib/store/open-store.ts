import { connectPostgres } from './dialects/postgres.ts';
import { connectSqlite } from './dialects/sqlite.ts';
import { createResultsStore, type ResultsStore } from './results-store.ts';

/** The default database: a SQLite file in ./data. */
export const DEFAULT_SQLITE_FILE = './data/wiki.db';

/**
 * Opens the store named by a DATABASE_URL: `postgres://...` or `postgresql://...` for PostgreSQL,
 * `sqlite:<path>` or a plain path for SQLite, nothing for ./data/wiki.db. Runs the migrations.
 */
export async function openStore(databaseUrl: string | undefined): Promise<ResultsStore> {
  const url = databaseUrl?.trim() || DEFAULT_SQLITE_FILE;
  const connection = /^postgres(ql)?:\/\//.test(url)
    ? connectPostgres(url)
    : connectSqlite(url.replace(/^sqlite:/, ''));
  const store = createResultsStore(connection);
  await store.migrate();
  return store;
}
