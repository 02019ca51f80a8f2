import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** A Kysely instance on one of the supported databases. Everything outside `dialects/` uses only this. */
export interface StoreConnection {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  close: () => Promise<void>;
}
