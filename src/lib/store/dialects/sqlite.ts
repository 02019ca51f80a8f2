import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database.ts';
import { WRITER_PRAGMAS } from './sqlite-result-writer.ts';
import { startSqliteWriter } from './sqlite-writer.ts';
import type { StoreConnection } from './store-connection.ts';

/**
 * SQLite through better-sqlite3: one file in WAL mode.
 *
 * Durability without blocking: commits run with synchronous=NORMAL (the WAL is written but not flushed
 * to disk) and are flushed before anything is acknowledged: new results by the thread that commits
 * them (the production server's submission thread, see sqlite-result-writer.ts, or the writer thread of
 * sqlite-writer.ts), the main connection's own writes (share links, context, deletes) by `syncWrites`, which fsyncs the WAL file on libuv's thread pool. A transaction
 * whose WAL frames are on disk survives a crash of the process or of the machine, exactly as with
 * synchronous=FULL, but the event loop keeps serving requests while the disk catches up.
 */
export function connectSqlite(file: string): StoreConnection {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  for (const pragma of WRITER_PRAGMAS) sqlite.pragma(pragma);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  let wal: Promise<FileHandle> | undefined;
  let flushing: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const startFlush = (): Promise<void> => {
    const flush = (async () => {
      // fsync applies to the file, whichever descriptor wrote it; the WAL exists once anything was written.
      wal ??= open(`${file}-wal`, 'r+');
      await (await wal).sync();
    })().finally(() => {
      if (flushing === flush) flushing = undefined;
    });
    flushing = flush;
    return flush;
  };
  // New results made on this thread go through a second connection on a thread of its own (started by
  // the first of them). An in-memory database cannot be shared with a thread: there, the same runs
  // in-process.
  const writer = file === ':memory:' ? undefined : startSqliteWriter(file);
  const runHere = sqlite.transaction((sql: string, lists: readonly (readonly unknown[])[]) => {
    const statement = sqlite.prepare(sql);
    for (const parameters of lists) statement.run(parameters);
  });
  return {
    db,
    dialect: 'sqlite',
    ...(file === ':memory:' ? {} : { sqliteFile: file }),
    runInOneTransaction: writer
      ? writer.run
      : (sql, lists) => {
          const done = new Promise<void>((resolve) => resolve(runHere(sql, lists)));
          return { committed: done, durable: done };
        },
    syncWrites() {
      if (file === ':memory:') return Promise.resolve();
      // Group fsync: a caller needs an fsync that starts after its commit. While one is running, every
      // caller shares the next one, which starts when the running one ends.
      if (!flushing) return startFlush();
      queued ??= flushing
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          queued = undefined;
          return startFlush();
        });
      return queued;
    },
    async close() {
      await writer?.close();
      await db.destroy();
      if (wal) await (await wal).close();
    },
  };
}

/**
 * Kysely prepares every query anew; preparing is a large part of a small insert's cost in SQLite.
 * This keeps the most recent prepared statements by their SQL text (the SQL is the same for every
 * insert of one shape) and hands Kysely the same object otherwise.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 64): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = (source: string): SqliteDatabase.Statement => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = sqlite.prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
