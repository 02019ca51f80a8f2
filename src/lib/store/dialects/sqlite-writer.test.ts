import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startSqliteWriter } from './sqlite-writer.ts';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcw-writer-'));
  file = join(dir, 'test.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  db.close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** About 2 MB of rows: well under the writer's own automatic checkpoint (10,000 pages). */
const rows = Array.from({ length: 2000 }, (_, i) => [i, 'x'.repeat(1000)] as const);

async function writeRows(checkpointEveryMs: number): Promise<number> {
  const writer = startSqliteWriter(file, checkpointEveryMs);
  try {
    await writer.run('INSERT INTO t (id, body) VALUES (?, ?)', rows).durable;
    await sleep(400);
    // The writer is still open: what is in the database file itself got there by a checkpoint.
    return statSync(file).size;
  } finally {
    await writer.close();
  }
}

test('the checkpoint thread copies committed groups into the database file while the writer goes on', async () => {
  expect(await writeRows(50)).toBeGreaterThan(1_500_000);
});

test('without the checkpoint thread the rows stay in the WAL until the writer closes', async () => {
  expect(await writeRows(60_000)).toBeLessThan(100_000);
});

test('closing the writer and its checkpoint thread keeps every row', async () => {
  await writeRows(50);
  const db = new Database(file, { readonly: true });
  try {
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2000 });
  } finally {
    db.close();
  }
});
