import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database, ResultsTable } from '../database.ts';

/**
 * A connection of its own to the SQLite file, for the thread that makes new results (see
 * src/server/submission-thread.ts): it stores each group of results in one transaction and flushes the
 * WAL before it returns, so that what it reports as stored is on disk. Synchronous on purpose: that
 * thread does nothing else meanwhile, and every hand-over between threads costs a request more time
 * than the flush itself (on a loaded two-core machine a thread waits for a core on each hand-over).
 */
export interface SqliteResultWriter {
  /** The id of the result stored under this token hash, or null when there is none. */
  idOf(tokenHash: string): string | null;
  /**
   * Inserts the rows in one transaction and flushes the WAL to disk. If the group fails (one bad row),
   * the rows are inserted one by one, so that only the bad ones fail; if the database stayed busy
   * (another connection held it past the busy timeout), the whole group fails at once. Returns, for each
   * row, undefined when it is stored and on disk, or why it is not. A failed flush fails every row of the
   * group.
   */
  insertDurably(rows: readonly ResultsTable[]): (string | undefined)[];
  close(): void;
}

/**
 * The pragmas of every connection to the file. wal_autocheckpoint: the WAL is copied into the database
 * less often (about every 40 MB instead of 4 MB): far fewer page rewrites under a stream of inserts, at
 * the cost of a larger -wal file between checkpoints (a checkpoint thread copies it far more often, see
 * sqlite-writer.ts).
 */
export const WRITER_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'busy_timeout = 5000',
  'wal_autocheckpoint = 10000',
] as const;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Another connection held the database for longer than the busy timeout: every row would wait as long again. */
const isBusy = (err: unknown): boolean =>
  err instanceof SqliteDatabase.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(err.code);

export function openSqliteResultWriter(file: string, options: { busyTimeoutMs?: number } = {}): SqliteResultWriter {
  const db = new SqliteDatabase(file);
  for (const pragma of WRITER_PRAGMAS) db.pragma(pragma);
  if (options.busyTimeoutMs !== undefined)
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
  // The SQL is compiled by Kysely, like every query of the store; better-sqlite3 runs it.
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) });
  const lookup = db
    .prepare<unknown[], string>(kysely.selectFrom('results').select('id').where('token_hash', '=', '').compile().sql)
    .pluck();
  /** Prepared from the first row: every row comes from `toRow`, with the same columns in the same order. */
  let insert: SqliteDatabase.Statement | undefined;
  const insertAll = db.transaction((rows: readonly ResultsTable[]) => {
    for (const row of rows) {
      insert ??= db.prepare(kysely.insertInto('results').values(row).compile().sql);
      insert.run(Object.values(row));
    }
  });
  let wal: number | undefined;
  /** fdatasync applies to the file, whichever connection wrote it; the WAL exists once a group is committed. */
  const flush = () => fdatasyncSync((wal ??= openSync(`${file}-wal`, 'r+')));

  return {
    idOf: (tokenHash) => lookup.get([tokenHash]) ?? null,
    insertDurably(rows) {
      if (rows.length === 0) return [];
      let outcomes: (string | undefined)[];
      try {
        insertAll(rows);
        outcomes = rows.map(() => undefined);
      } catch (err) {
        // Busy: the group fails as a whole (retrying each row would wait the busy timeout once per row).
        if (isBusy(err)) return rows.map(() => `the database was busy: ${message(err)}`);
        outcomes = rows.map((row) => {
          try {
            insertAll([row]);
            return undefined;
          } catch (err) {
            return message(err);
          }
        });
      }
      if (outcomes.every((o) => o !== undefined)) return outcomes;
      try {
        flush();
      } catch (err) {
        return rows.map(() => `the results could not be flushed to disk: ${message(err)}`);
      }
      return outcomes;
    },
    close() {
      // Kysely's destroy would close the connection too; closing it here is synchronous.
      db.close();
      if (wal !== undefined) closeSync(wal);
    },
  };
}
