import type { Kysely } from 'kysely';
import type { Database, ResultsTable } from './database.ts';
import type { GroupWrite } from './dialects/sqlite-writer.ts';

/** Rows per transaction, at most. */
const MAX_BATCH = 256;

interface Pending {
  row: ResultsTable;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for a database with one writer (SQLite): inserts that arrive together are written in
 * one transaction, so that many results share one commit and one flush. One group is written at a
 * time, committed and flushed; the inserts that arrive meanwhile form the next group, which makes the
 * groups larger under load. (Committing the next group while the disk flushes the previous one made
 * more, smaller groups: more transactions, messages and flushes for the same results, and on two cores
 * that work cost more throughput than the overlap gained.) Each caller's promise resolves only once its
 * group is on disk, so an acknowledged result is never lost. If a group fails (one bad row), its rows
 * are retried one by one, so only the bad one fails.
 */
export class InsertBatcher {
  readonly #db: Kysely<Database>;
  readonly #run: (sql: string, parameterLists: readonly (readonly unknown[])[]) => GroupWrite;
  #pending: Pending[] = [];
  /** A group is being committed (or is scheduled to be): new rows wait for the next one. */
  #busy = false;
  /** The insert's SQL, compiled by Kysely once; rows only change its parameters. */
  #sql: string | undefined;

  /** `run` executes the insert once per row in one transaction; it says when that is committed, and when on disk. */
  constructor(db: Kysely<Database>, run: (sql: string, parameterLists: readonly (readonly unknown[])[]) => GroupWrite) {
    this.#db = db;
    this.#run = run;
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
      while (this.#pending.length > 0) await this.#commit(this.#pending.splice(0, MAX_BATCH));
    } finally {
      this.#busy = false;
    }
  }

  /** Commits and flushes one group, then answers its callers. */
  async #commit(batch: Pending[]): Promise<void> {
    const first = batch[0];
    if (!first) return;
    // One single-row statement, repeated: compiled by Kysely once (every row has the same columns, in the
    // same order), prepared once by the connection.
    const sql = (this.#sql ??= this.#db.insertInto('results').values(first.row).compile().sql);
    const write = this.#run(
      sql,
      batch.map((p): unknown[] => Object.values(p.row)),
    );
    try {
      await write.committed;
    } catch {
      for (const p of batch) {
        const one = this.#run(sql, [Object.values(p.row) as unknown[]]);
        try {
          await one.committed;
        } catch (err) {
          p.reject(err);
          continue;
        }
        one.durable.then(p.resolve, p.reject);
      }
      return;
    }
    // The callers learn the outcome; the next group waits until this one is on disk (or failed).
    await write.durable.then(
      () => batch.forEach((p) => p.resolve()),
      (err: unknown) => batch.forEach((p) => p.reject(err)),
    );
  }
}
