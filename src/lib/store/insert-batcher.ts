import { CompiledQuery, type Kysely } from 'kysely';
import type { Database, ResultsTable } from './database.ts';

/** Rows per transaction, at most. */
const MAX_BATCH = 64;

interface Pending {
  row: ResultsTable;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for a database with one writer (SQLite): inserts that arrive together are written in
 * one transaction, so that many results share one fsync. Each caller's promise resolves only after the
 * commit that holds its row, so an acknowledged result is always on disk. If the batch fails (one bad
 * row), its rows are retried one by one, so only the bad one fails.
 */
export class InsertBatcher {
  readonly #db: Kysely<Database>;
  readonly #sync: () => Promise<void>;
  #pending: Pending[] = [];
  #scheduled = false;
  /** The insert's SQL, compiled by Kysely once; rows only change its parameters. */
  #sql: string | undefined;

  /** `sync` makes what was committed durable; callers are answered only after it. */
  constructor(db: Kysely<Database>, sync: () => Promise<void>) {
    this.#db = db;
    this.#sync = sync;
  }

  insert(row: ResultsTable): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ row, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => void this.#flush());
      }
    });
  }

  async #flush(): Promise<void> {
    const batch = this.#pending.splice(0, MAX_BATCH);
    this.#scheduled = this.#pending.length > 0;
    if (this.#scheduled) setImmediate(() => void this.#flush());
    try {
      // One single-row statement, repeated: compiled once, and prepared once by the dialect's cache.
      const first = batch[0];
      if (!first) return;
      this.#sql ??= this.#db.insertInto('results').values(first.row).compile().sql;
      const sql = this.#sql;
      await this.#db.transaction().execute(async (trx) => {
        for (const p of batch) await trx.executeQuery(CompiledQuery.raw(sql, Object.values(p.row)));
      });
    } catch {
      await this.#insertOneByOne(batch);
      return;
    }
    try {
      await this.#sync();
      for (const p of batch) p.resolve();
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  async #insertOneByOne(batch: Pending[]): Promise<void> {
    for (const p of batch) {
      try {
        await this.#db.insertInto('results').values(p.row).execute();
        await this.#sync();
        p.resolve();
      } catch (err) {
        p.reject(err);
      }
    }
  }
}
