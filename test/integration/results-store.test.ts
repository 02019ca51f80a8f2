import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore, type ResultsStore } from '../../src/lib/store/index.ts';
import type { StoredResult } from '../../src/lib/schemas/result.ts';
import { hashToken, createToken } from '../../src/lib/results/token.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases.ts';

const kinds = await testDatabaseKinds();

function sampleResult(over: Partial<StoredResult> = {}): StoredResult {
  return {
    id: randomUUID(),
    lang: 'zh',
    instrument: { id: 'relationship-test', version: 1 },
    scoringVersion: 1,
    answers: { 'dep-1': 4, 'ind-1': 2 },
    safety: { afraid: 'no', hurt: 'skip', controlled: 'no' },
    scores: { 'dependence-comfort': 4.2, 'independence-comfort': 1.8 },
    profile: {
      pattern: { id: 'over-dependence', strength: 'clear' },
      style: 'pursuer',
      levels: { 'dependence-comfort': 'high' },
      strengths: ['dependence-comfort', 'repair'],
      growthEdges: ['independence-comfort', 'pursuit-under-stress'],
    },
    playbook: ['capacity-to-be-alone', 'sit-with-anxiety'],
    safetyConcern: false,
    research: true,
    createdAt: '2026-11-28T10:00:00.000Z',
    share: null,
    context: null,
    previousResultId: null,
    ...over,
  };
}

describe.each(kinds)('results store on %s', (kind) => {
  let database: TestDatabase;
  let store: ResultsStore;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    store = await openStore(database.url);
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  test('stores a result under the hash of its token and reads it back whole', async () => {
    const token = createToken();
    const result = sampleResult();
    const { share: _share, context: _context, ...rest } = result;
    await store.createResult({ ...rest, tokenHash: hashToken(token) });
    expect(await store.findResult(hashToken(token))).toEqual(result);
  });

  test('finds nothing for an unknown token', async () => {
    expect(await store.findResult(hashToken('nope'))).toBeUndefined();
  });

  test('deletes a result, once', async () => {
    const token = createToken();
    await store.createResult({ ...sampleResult(), tokenHash: hashToken(token) });
    const before = await store.countResults();
    expect(await store.deleteResult(hashToken(token))).toBe(true);
    expect(await store.findResult(hashToken(token))).toBeUndefined();
    expect(await store.deleteResult(hashToken(token))).toBe(false);
    expect(await store.countResults()).toBe(before - 1);
  });

  test('refuses a second result with the same token hash', async () => {
    const tokenHash = hashToken(createToken());
    await store.createResult({ ...sampleResult(), tokenHash });
    await expect(store.createResult({ ...sampleResult(), tokenHash })).rejects.toThrow();
  });

  test('migrations can run again on an up-to-date database', async () => {
    await expect(store.migrate()).resolves.toBeUndefined();
    const again = await openStore(database.url);
    expect(await again.countResults()).toBe(await store.countResults());
    await again.close();
  });

  test('a share link can be made, found, replaced and revoked', async () => {
    const token = createToken();
    const result = sampleResult();
    await store.createResult({ ...result, tokenHash: hashToken(token) });
    expect(await store.createShare(hashToken(token), 'share-one-abcdefghijkl', false)).toBe(true);
    expect((await store.findShared('share-one-abcdefghijkl'))?.id).toBe(result.id);
    expect((await store.findResult(hashToken(token)))?.share).toEqual({
      id: 'share-one-abcdefghijkl',
      indexable: false,
    });
    expect(await store.createShare(hashToken(token), 'share-two-abcdefghijkl', true)).toBe(true);
    expect(await store.findShared('share-one-abcdefghijkl')).toBeUndefined();
    expect((await store.findShared('share-two-abcdefghijkl'))?.share).toEqual({
      id: 'share-two-abcdefghijkl',
      indexable: true,
    });
    expect(await store.revokeShare(hashToken(token))).toBe(true);
    expect(await store.findShared('share-two-abcdefghijkl')).toBeUndefined();
    expect(await store.createShare(hashToken('unknown'), 'share-three-abcdefghij', false)).toBe(false);
  });

  test('stores and replaces the context, and finds results by id', async () => {
    const token = createToken();
    const result = sampleResult({ previousResultId: 'earlier-result' });
    await store.createResult({ ...result, tokenHash: hashToken(token) });
    const context = {
      status: 'married' as const,
      triggers: ['slow-replies'],
      goal: 'calmer-apart',
      partnerTakingTest: 'not-sure' as const,
    };
    expect(await store.setContext(hashToken(token), context)).toBe(true);
    expect((await store.findResult(hashToken(token)))?.context).toEqual(context);
    const changed = { ...context, triggers: ['jealousy', 'bids-missed'] };
    expect(await store.setContext(hashToken(token), changed)).toBe(true);
    const found = await store.findResultById(result.id);
    expect(found?.context).toEqual(changed);
    expect(found?.previousResultId).toBe('earlier-result');
    expect(await store.setContext(hashToken('unknown'), context)).toBe(false);
  });

  test('keeps unicode and booleans intact', async () => {
    const token = createToken();
    const result = sampleResult({ safetyConcern: true, research: false, lang: 'en', answers: { 'me-1': 5 } });
    await store.createResult({ ...result, tokenHash: hashToken(token) });
    expect(await store.findResult(hashToken(token))).toEqual(result);
  });
});
