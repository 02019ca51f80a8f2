import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { GroupWrite } from './sqlite-writer.ts';

/** A Kysely instance on one of the supported databases. Everything outside `dialects/` uses only this. */
export interface StoreConnection {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** The SQLite database's file (not for an in-memory database), for a thread that stores results on a connection of its own. */
  sqliteFile?: string;
  /**
   * SQLite (one writer at a time, each commit an fsync), where inserts are grouped into shared
   * transactions: runs one compiled statement once per list of parameters, all in one transaction, and
   * says when that transaction is committed and when it is on disk. Absent for a database with
   * concurrent writers (PostgreSQL), which commits each insert on its own.
   */
  runInOneTransaction?: (sql: string, parameterLists: readonly (readonly unknown[])[]) => GroupWrite;
  /** Makes every committed write durable before it is acknowledged (SQLite: fsync the WAL; PostgreSQL: nothing to do). */
  syncWrites: () => Promise<void>;
  close: () => Promise<void>;
}
