import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openSqliteResultWriter, type SqliteResultWriter } from '../../src/lib/store/dialects/sqlite-result-writer.ts';
import { openStore, type ResultsStore } from '../../src/lib/store/index.ts';

/**
 * For each test of the calling file or block: a migrated SQLite store in a folder of its own, and a result
 * writer on a second connection to the same file (as the submission thread has); closed and removed after.
 */
export function storeWithResultWriter(): { store: ResultsStore; writer: SqliteResultWriter } {
  const current = {} as { store: ResultsStore; writer: SqliteResultWriter };
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rcw-result-writer-'));
    current.store = await openStore(join(dir, 'results.db'));
    current.writer = openSqliteResultWriter(join(dir, 'results.db'));
  });
  afterEach(async () => {
    current.writer.close();
    await current.store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return current;
}
