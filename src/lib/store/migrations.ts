import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Migrations, in order, written once for every dialect with Kysely's schema builder. They run on
 * start (and are safe to run from several instances at once: Kysely's migrator takes a lock).
 */
export const migrations: Record<string, Migration> = {
  '001-results': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('results')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('instrument_id', 'text', (c) => c.notNull())
        .addColumn('instrument_version', 'integer', (c) => c.notNull())
        .addColumn('scoring_version', 'integer', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('safety', 'text', (c) => c.notNull())
        .addColumn('scores', 'text', (c) => c.notNull())
        .addColumn('profile', 'text', (c) => c.notNull())
        .addColumn('playbook', 'text', (c) => c.notNull())
        .addColumn('safety_concern', 'integer', (c) => c.notNull())
        .addColumn('research', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('results').execute();
    },
  },
  '002-share-context-retake': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('results').addColumn('share_id', 'text').execute();
      await db.schema
        .alterTable('results')
        .addColumn('share_indexable', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('results').addColumn('context', 'text').execute();
      await db.schema.alterTable('results').addColumn('previous_result_id', 'text').execute();
      await db.schema.createIndex('results_share_id').unique().on('results').column('share_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('results_share_id').execute();
      for (const column of ['previous_result_id', 'context', 'share_indexable', 'share_id']) {
        await db.schema.alterTable('results').dropColumn(column).execute();
      }
    },
  },
  '003-partial-share-index': {
    // Most results are never shared: index only the share ids that exist, so an insert touches one
    // index less (SQLite and PostgreSQL both know partial indexes).
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('results_share_id').execute();
      await db.schema
        .createIndex('results_share_id')
        .unique()
        .on('results')
        .column('share_id')
        .where(sql.ref('share_id'), 'is not', null)
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('results_share_id').execute();
      await db.schema.createIndex('results_share_id').unique().on('results').column('share_id').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
