import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { validSubmission } from '../../../../test/support/submissions.ts';
import { loadContentData } from '../../content-data/load-content-data.ts';
import { prepareSubmission } from '../../results/prepare-submission.ts';
import type { ResultsTable } from '../database.ts';
import { openStore } from '../open-store.ts';
import type { ResultsStore } from '../results-store.ts';
import { openSqliteResultWriter, type SqliteResultWriter } from './sqlite-result-writer.ts';

const content = loadContentData(fileURLToPath(new URL('../../../content/', import.meta.url)));
const body = JSON.stringify(validSubmission());

function newRow(): ResultsTable {
  const prepared = prepareSubmission(body, content);
  if (!prepared.ok) throw new Error('the submission should be valid');
  return { ...prepared.row, previous_result_id: null };
}

let dir: string;
let store: ResultsStore;
let writer: SqliteResultWriter;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rcw-result-writer-'));
  store = await openStore(join(dir, 'results.db'));
  writer = openSqliteResultWriter(join(dir, 'results.db'));
});

afterEach(async () => {
  writer.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('stores a group of rows that the store then reads back whole', async () => {
  const rows = Array.from({ length: 30 }, newRow);
  expect(writer.insertDurably(rows)).toEqual(rows.map(() => undefined));
  expect(await store.countResults()).toBe(30);
  const read = await store.findResult(rows[7]!.token_hash);
  expect(read?.id).toBe(rows[7]!.id);
  expect(read?.scores).toEqual(JSON.parse(rows[7]!.scores));
});

test('a bad row fails alone: the rest of its group is stored', async () => {
  const stored = newRow();
  expect(writer.insertDurably([stored])).toEqual([undefined]);
  const [before, after] = [newRow(), newRow()];
  // The same token hash twice: the second insert breaks the unique index.
  const duplicate = { ...newRow(), token_hash: stored.token_hash };
  const outcomes = writer.insertDurably([before, duplicate, after]);
  expect(outcomes[0]).toBeUndefined();
  expect(outcomes[1]).toMatch(/UNIQUE/);
  expect(outcomes[2]).toBeUndefined();
  expect(await store.countResults()).toBe(3);
  expect((await store.findResult(duplicate.token_hash))?.id).toBe(stored.id);
});

test('finds the id of a stored result by its token hash, and null for an unknown one', () => {
  const row = newRow();
  writer.insertDurably([row]);
  expect(writer.idOf(row.token_hash)).toBe(row.id);
  expect(writer.idOf('0'.repeat(64))).toBeNull();
});

test('an empty group does nothing', async () => {
  expect(writer.insertDurably([])).toEqual([]);
  expect(await store.countResults()).toBe(0);
});
