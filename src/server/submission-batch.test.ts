import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { storeWithResultWriter } from '../../test/support/result-writer.ts';
import { validSubmission } from '../../test/support/submissions.ts';
import { loadContentData } from '../lib/content-data/load-content-data.ts';
import { hashToken } from '../lib/results/token.ts';
import type { SqliteResultWriter } from '../lib/store/dialects/sqlite-result-writer.ts';
import { prepareAndStore, prepareTask, type SubmissionReply } from './submission-batch.ts';

const content = loadContentData(fileURLToPath(new URL('../content/', import.meta.url)));
const body = JSON.stringify(validSubmission());

function storedToken(reply: SubmissionReply | undefined): string {
  if (!reply || !('stored' in reply)) throw new Error(`not stored: ${JSON.stringify(reply)}`);
  return reply.stored.token;
}

describe('prepareTask', () => {
  test('makes the row of a valid body, and says why another cannot be made', () => {
    expect(prepareTask({ id: 4, body }, content)).toMatchObject({ id: 4, prepared: { ok: true } });
    expect(prepareTask({ id: 5, body: '{"answers": ' }, content)).toMatchObject({
      id: 5,
      prepared: { ok: false, problem: 'invalid_json' },
    });
  });
});

describe('prepareAndStore', () => {
  const at = storeWithResultWriter();

  test('stores the valid bodies of a group and answers each task, in order, by its id', async () => {
    const replies = prepareAndStore(
      [
        { id: 10, body },
        { id: 11, body: 'not json' },
        { id: 12, body: JSON.stringify(validSubmission({ lang: 'fr' })) },
        { id: 13, body },
      ],
      content,
      at.writer,
    );
    expect(replies.map((r) => r.id)).toEqual([10, 11, 12, 13]);
    expect(replies[1]).toMatchObject({ prepared: { ok: false, problem: 'invalid_json' } });
    expect(replies[2]).toMatchObject({ prepared: { ok: false, problem: 'invalid_submission' } });
    const tokens = [storedToken(replies[0]), storedToken(replies[3])];
    expect(new Set(tokens).size).toBe(2);
    expect(replies[0]).toMatchObject({ stored: { url: `/en/result/${tokens[0]}` } });
    expect(await at.store.countResults()).toBe(2);
    for (const token of tokens) expect(await at.store.findResult(hashToken(token))).toBeDefined();
  });

  test('links a retake to the result it retakes, and ignores a previous link that no longer works', async () => {
    const [first] = prepareAndStore([{ id: 1, body }], content, at.writer);
    const firstToken = storedToken(first);
    const [retake, stray] = prepareAndStore(
      [
        { id: 2, body: JSON.stringify(validSubmission({ previous: firstToken })) },
        { id: 3, body: JSON.stringify(validSubmission({ previous: 'A'.repeat(43) })) },
      ],
      content,
      at.writer,
    );
    const original = await at.store.findResult(hashToken(firstToken));
    expect((await at.store.findResult(hashToken(storedToken(retake))))?.previousResultId).toBe(original?.id);
    expect((await at.store.findResult(hashToken(storedToken(stray))))?.previousResultId).toBeNull();
  });

  test('a row the database refuses fails alone, reported as the thread’s own failure', () => {
    const failing: SqliteResultWriter = {
      idOf: () => null,
      insertDurably: (rows) => rows.map((_, i) => (i === 1 ? 'disk I/O error' : undefined)),
      close: () => undefined,
    };
    const replies = prepareAndStore(
      [
        { id: 1, body },
        { id: 2, body },
        { id: 3, body },
      ],
      content,
      failing,
    );
    expect(replies[0]).toHaveProperty('stored');
    expect(replies[1]).toEqual({ id: 2, error: 'disk I/O error' });
    expect(replies[2]).toHaveProperty('stored');
  });
});
