import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { storeWithResultWriter } from '../../../../test/support/result-writer.ts';
import { validSubmission } from '../../../../test/support/submissions.ts';
import { loadContentData } from '../../content-data/load-content-data.ts';
import { prepareSubmission } from '../../results/prepare-submission.ts';
import type { ResultsTable } from '../database.ts';
import { openSqliteResultWriter } from './sqlite-result-writer.ts';

const content = loadContentData(fileURLToPath(new URL('../../../content/', import.meta.url)));
const body = JSON.stringify(validSubmission());

function newRow(): ResultsTable {
  const prepared = prepareSubmission(body, content);
  if (!prepared.ok) throw new Error('the submission should be valid');
  return { ...prepared.row, previous_result_id: null };
}

const at = storeWithResultWriter();

test('stores a group of rows that the store then reads back whole', async () => {
  const rows = Array.from({ length: 30 }, newRow);
  expect(at.writer.insertDurably(rows)).toEqual(rows.map(() => undefined));
  expect(await at.store.countResults()).toBe(30);
  const read = await at.store.findResult(rows[7]!.token_hash);
  expect(read?.id).toBe(rows[7]!.id);
  expect(read?.scores).toEqual(JSON.parse(rows[7]!.scores));
});

test('a bad row fails alone: the rest of its group is stored', async () => {
  const stored = newRow();
  expect(at.writer.insertDurably([stored])).toEqual([undefined]);
  const [before, after] = [newRow(), newRow()];
  // The same token hash twice: the second insert breaks the unique index.
  const duplicate = { ...newRow(), token_hash: stored.token_hash };
  const outcomes = at.writer.insertDurably([before, duplicate, after]);
  expect(outcomes[0]).toBeUndefined();
  expect(outcomes[1]).toMatch(/UNIQUE/);
  expect(outcomes[2]).toBeUndefined();
  expect(await at.store.countResults()).toBe(3);
  expect((await at.store.findResult(duplicate.token_hash))?.id).toBe(stored.id);
});

test('finds the id of a stored result by its token hash, and null for an unknown one', () => {
  const row = newRow();
  at.writer.insertDurably([row]);
  expect(at.writer.idOf(row.token_hash)).toBe(row.id);
  expect(at.writer.idOf('0'.repeat(64))).toBeNull();
});

test('an empty group does nothing', async () => {
  expect(at.writer.insertDurably([])).toEqual([]);
  expect(await at.store.countResults()).toBe(0);
});

test('when another connection holds the database past the busy timeout, the group fails at once, and nothing is stored', async () => {
  const file = at.store.sqliteFile ?? '';
  const writer = openSqliteResultWriter(file, { busyTimeoutMs: 20 });
  const other = new Database(file);
  try {
    other.exec('BEGIN IMMEDIATE');
    const outcomes = writer.insertDurably([newRow(), newRow(), newRow()]);
    expect(outcomes).toHaveLength(3);
    for (const o of outcomes) expect(o).toMatch(/^the database was busy: database is locked/);
    other.exec('ROLLBACK');
    expect(await at.store.countResults()).toBe(0);
    // Once free, the same writer stores again.
    expect(writer.insertDurably([newRow()])).toEqual([undefined]);
  } finally {
    other.close();
    writer.close();
  }
});
