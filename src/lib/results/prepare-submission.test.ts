import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContentData } from '../content-data/load-content-data.ts';
import { StoredResultSchema } from '../schemas/result.ts';
import { prepareSubmission } from './prepare-submission.ts';

const content = loadContentData(fileURLToPath(new URL('../../content/', import.meta.url)));
const instrument = content.instruments.get('relationship-test');
if (!instrument) throw new Error('relationship-test missing');
const valid = {
  instrument: 'relationship-test',
  lang: 'zh',
  safety: { afraid: 'no', hurt: 'skip', controlled: 'no' },
  answers: Object.fromEntries(instrument.items.map((i) => [i.id, 2])),
  research: true,
};

describe('prepareSubmission', () => {
  test('makes a token, its URL and a complete row that stores only the token hash', () => {
    const prepared = prepareSubmission(JSON.stringify({ ...valid, previous: 'an-earlier-token' }), content);
    if (!prepared.ok) throw new Error(JSON.stringify(prepared));
    expect(prepared.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(prepared.url).toBe(`/zh/result/${prepared.token}`);
    expect(prepared.previous).toBe('an-earlier-token');
    const { row } = prepared;
    expect(row.token_hash).toBe(createHash('sha256').update(prepared.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(prepared.token);
    expect(row).toMatchObject({ lang: 'zh', instrument_id: 'relationship-test', research: 1, safety_concern: 0 });
    expect(row.previous_result_id).toBeNull();
    expect(JSON.parse(row.answers)).toEqual(valid.answers);
    // The row reads back as a stored result.
    const stored = StoredResultSchema.parse({
      id: row.id,
      lang: row.lang,
      instrument: { id: row.instrument_id, version: row.instrument_version },
      scoringVersion: row.scoring_version,
      answers: JSON.parse(row.answers) as unknown,
      safety: JSON.parse(row.safety) as unknown,
      scores: JSON.parse(row.scores) as unknown,
      profile: JSON.parse(row.profile) as unknown,
      playbook: JSON.parse(row.playbook) as unknown,
      safetyConcern: false,
      research: true,
      createdAt: row.created_at,
      share: null,
      context: null,
      previousResultId: null,
    });
    expect(stored.playbook.length).toBeGreaterThanOrEqual(5);
  });

  test('two submissions never share a token or an id', () => {
    const a = prepareSubmission(JSON.stringify(valid), content);
    const b = prepareSubmission(JSON.stringify(valid), content);
    if (!a.ok || !b.ok) throw new Error('not prepared');
    expect(a.token).not.toBe(b.token);
    expect(a.row.id).not.toBe(b.row.id);
  });

  test('says why a body cannot be stored: not JSON, or a failed check', () => {
    const notJson = prepareSubmission('{"instrument":', content);
    expect(notJson).toMatchObject({ ok: false, problem: 'invalid_json' });
    expect(notJson.ok === false && notJson.problem === 'invalid_json' && notJson.reason.length).toBeGreaterThan(0);
    const { 'dep-1': _dropped, ...incomplete } = valid.answers;
    expect(prepareSubmission(JSON.stringify({ ...valid, answers: incomplete }), content)).toEqual({
      ok: false,
      problem: 'invalid_submission',
      check: { ok: false, code: 'invalid_answers', details: [{ item: 'dep-1', problem: 'missing' }] },
    });
    expect(prepareSubmission('[]', content)).toMatchObject({
      ok: false,
      problem: 'invalid_submission',
      check: { code: 'invalid_body' },
    });
  });

  test('never throws, whatever the body', () => {
    for (const body of [
      '',
      'null',
      '"x"',
      '1e999',
      '{"__proto__":{"x":1}}',
      '{"answers":{"constructor":1}}',
      '\u0000',
    ]) {
      expect(prepareSubmission(body, content).ok).toBe(false);
    }
  });
});
