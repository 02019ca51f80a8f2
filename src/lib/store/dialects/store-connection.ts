import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** A Kysely instance on one of the supported databases. Everything outside `dialects/` uses only this. */
export interface StoreConnection {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /**
   * One writer at a time, each commit an fsync (SQLite): inserts are grouped into shared transactions.
   * A database with concurrent writers (PostgreSQL) commits each insert on its own.
   */
  groupInserts: boolean;
  /** Makes every committed write durable before it is acknowledged (SQLite: fsync the WAL; PostgreSQL: nothing to do). */
  syncWrites: () => Promise<void>;
  close: () => Promise<void>;
}
