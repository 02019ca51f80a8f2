import type { Kysely } from 'kysely';
import type { Database, ResultsTable } from './database.ts';

/** Rows per transaction, at most. */
const MAX_BATCH = 256;

interface Pending {
  row: ResultsTable;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for a database with one writer (SQLite): inserts that arrive together are written in
 * one transaction, so that many results share one fsync. One group is written at a time: while a group's
 * commit is being made durable, the inserts that arrive meanwhile wait and form the next group, which
 * makes the groups larger under load (fewer commits and fsyncs) and costs at most one fsync of latency.
 * Each caller's promise resolves only after the commit that holds its row is durable, so an acknowledged
 * result is always on disk. If a group fails (one bad row), its rows are retried one by one, so only the
 * bad one fails.
 */
export class InsertBatcher {
  readonly #db: Kysely<Database>;
  readonly #run: (sql: string, parameterLists: readonly (readonly unknown[])[]) => void;
  readonly #sync: () => Promise<void>;
  #pending: Pending[] = [];
  /** A group is being written (or is scheduled to be): new rows wait for the next one. */
  #busy = false;
  /** The insert's SQL, compiled by Kysely once; rows only change its parameters. */
  #sql: string | undefined;

  /**
   * `run` executes the insert once per row in one transaction; `sync` makes what was committed durable,
   * and callers are answered only after it.
   */
  constructor(
    db: Kysely<Database>,
    run: (sql: string, parameterLists: readonly (readonly unknown[])[]) => void,
    sync: () => Promise<void>,
  ) {
    this.#db = db;
    this.#run = run;
    this.#sync = sync;
  }

  insert(row: ResultsTable): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ row, resolve, reject });
      if (!this.#busy) {
        this.#busy = true;
        // After the current turn of the event loop, so that the rows that arrived together go together.
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pending.length > 0) await this.#write(this.#pending.splice(0, MAX_BATCH));
    } finally {
      this.#busy = false;
    }
  }

  async #write(batch: Pending[]): Promise<void> {
    const first = batch[0];
    if (!first) return;
    // One single-row statement, repeated: compiled by Kysely once (every row has the same columns, in the
    // same order), prepared once by the connection.
    const sql = (this.#sql ??= this.#db.insertInto('results').values(first.row).compile().sql);
    try {
      this.#run(
        sql,
        batch.map((p): unknown[] => Object.values(p.row)),
      );
    } catch {
      await this.#insertOneByOne(sql, batch);
      return;
    }
    try {
      await this.#sync();
      for (const p of batch) p.resolve();
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  async #insertOneByOne(sql: string, batch: Pending[]): Promise<void> {
    for (const p of batch) {
      try {
        this.#run(sql, [Object.values(p.row) as unknown[]]);
        await this.#sync();
        p.resolve();
      } catch (err) {
        p.reject(err);
      }
    }
  }
}
