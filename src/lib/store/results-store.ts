import { Migrator } from 'kysely';
import { isShareId } from '../results/token.ts';
import type { ResultContext } from '../schemas/context.ts';
import { StoredResultSchema, type StoredResult } from '../schemas/result.ts';
import type { ResultsTable } from './database.ts';
import type { StoreConnection } from './dialects/store-connection.ts';
import { InsertBatcher } from './insert-batcher.ts';
import { toRow, type NewResult } from './result-row.ts';
import { migrationProvider } from './migrations.ts';

export type { NewResult } from './result-row.ts';

/** The one store of the app. Every method works the same on SQLite and PostgreSQL. */
export interface ResultsStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** The SQLite database's file, for a thread that stores results on a connection of its own; absent on PostgreSQL and in memory. */
  readonly sqliteFile: string | undefined;
  /** Runs pending migrations. */
  migrate(): Promise<void>;
  createResult(result: NewResult): Promise<void>;
  /** Stores a new result already made into a row (see `toRow`); resolves once it is on disk. */
  createResultRow(row: ResultsTable): Promise<void>;
  findResult(tokenHash: string): Promise<StoredResult | undefined>;
  /** A result by its id (for comparing a retake with the result it retakes). */
  findResultById(id: string): Promise<StoredResult | undefined>;
  /** Deletes a result, and with it any share link; false when there was none. */
  deleteResult(tokenHash: string): Promise<boolean>;
  /** Gives a result a (new) share id; false when there is no such result. */
  createShare(tokenHash: string, shareId: string, indexable: boolean): Promise<boolean>;
  /** Removes a result's share id; false when there is no such result. */
  revokeShare(tokenHash: string): Promise<boolean>;
  /** The result behind a share id, while the link exists. */
  findShared(shareId: string): Promise<StoredResult | undefined>;
  /** Stores (or replaces) the context step's answers; false when there is no such result. */
  setContext(tokenHash: string, context: ResultContext): Promise<boolean>;
  /** How many results are stored (for tests and operators). */
  countResults(): Promise<number>;
  close(): Promise<void>;
}

const parseJson = (text: string): unknown => JSON.parse(text);

function fromRow(row: ResultsTable): StoredResult {
  return StoredResultSchema.parse({
    id: row.id,
    lang: row.lang,
    instrument: { id: row.instrument_id, version: Number(row.instrument_version) },
    scoringVersion: Number(row.scoring_version),
    answers: parseJson(row.answers),
    safety: parseJson(row.safety),
    scores: parseJson(row.scores),
    profile: parseJson(row.profile),
    playbook: parseJson(row.playbook),
    safetyConcern: Number(row.safety_concern) === 1,
    research: Number(row.research) === 1,
    createdAt: row.created_at,
    share: row.share_id ? { id: row.share_id, indexable: Number(row.share_indexable) === 1 } : null,
    context: row.context ? parseJson(row.context) : null,
    previousResultId: row.previous_result_id,
  });
}

/** The store over a Kysely connection. */
export function createResultsStore(connection: StoreConnection): ResultsStore {
  const { db } = connection;
  const batcher = connection.runInOneTransaction ? new InsertBatcher(db, connection.runInOneTransaction) : undefined;
  const createResultRow = async (row: ResultsTable): Promise<void> => {
    if (batcher) await batcher.insert(row);
    else {
      await db.insertInto('results').values(row).execute();
      await connection.syncWrites();
    }
  };
  return {
    dialect: connection.dialect,
    sqliteFile: connection.sqliteFile,
    async migrate() {
      const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
        throw new Error(
          `migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
        );
      }
    },
    createResult: (result) => createResultRow(toRow(result, result.tokenHash)),
    createResultRow,
    async findResult(tokenHash) {
      const row = await db.selectFrom('results').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async findResultById(id) {
      const row = await db.selectFrom('results').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async createShare(tokenHash, shareId, indexable) {
      const res = await db
        .updateTable('results')
        .set({ share_id: shareId, share_indexable: indexable ? 1 : 0 })
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      await connection.syncWrites();
      return Number(res.numUpdatedRows) > 0;
    },
    async revokeShare(tokenHash) {
      const res = await db
        .updateTable('results')
        .set({ share_id: null, share_indexable: 0 })
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      await connection.syncWrites();
      return Number(res.numUpdatedRows) > 0;
    },
    async findShared(shareId) {
      if (!isShareId(shareId)) return undefined;
      const row = await db.selectFrom('results').selectAll().where('share_id', '=', shareId).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async setContext(tokenHash, context) {
      const res = await db
        .updateTable('results')
        .set({ context: JSON.stringify(context) })
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      await connection.syncWrites();
      return Number(res.numUpdatedRows) > 0;
    },
    async deleteResult(tokenHash) {
      const res = await db.deleteFrom('results').where('token_hash', '=', tokenHash).executeTakeFirst();
      await connection.syncWrites();
      return Number(res.numDeletedRows) > 0;
    },
    async countResults() {
      const row = await db
        .selectFrom('results')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    close: () => connection.close(),
  };
}
