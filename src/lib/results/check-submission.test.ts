import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadInstrument } from '../instruments/load-instrument.ts';
import { checkSubmission } from './check-submission.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const instrument = loadInstrument(root, 'relationship-test');
const find = (id: string) =>
  id === instrument.id ? instrument : id === 'dependence-balance' ? loadInstrument(root, id) : undefined;
const answers = Object.fromEntries(instrument.items.map((i) => [i.id, 3]));
const valid = {
  instrument: 'relationship-test',
  lang: 'en',
  safety: { afraid: 'no', hurt: 'skip', controlled: 'no' },
  answers,
  research: false,
};

describe('checkSubmission', () => {
  test('accepts a complete submission and ignores scores sent by the browser', () => {
    const check = checkSubmission({ ...valid, scores: { repair: 5 } }, find);
    expect(check.ok).toBe(true);
  });
  test('research defaults to false', () => {
    const { research: _research, ...rest } = valid;
    const check = checkSubmission(rest, find);
    expect(check.ok && check.value.research).toBe(false);
  });
  test('refuses unknown instruments, including ones without a profile', () => {
    for (const id of ['nope', 'dependence-balance']) {
      expect(checkSubmission({ ...valid, instrument: id }, find)).toEqual({
        ok: false,
        code: 'invalid_body',
        details: [{ field: 'instrument', problem: 'unknown_instrument' }],
      });
    }
  });
  test('names wrong languages, unknown fields and bad safety values', () => {
    const check = checkSubmission(
      { ...valid, lang: 'fr', extra: 1, safety: { afraid: 'maybe', hurt: 'no', controlled: 'no' } },
      find,
    );
    expect(check).toEqual({
      ok: false,
      code: 'invalid_body',
      details: [
        { field: 'lang', problem: "Invalid enum value. Expected 'en' | 'zh', received 'fr'" },
        { field: 'safety.afraid', problem: 'invalid_value' },
        { field: 'extra', problem: 'unknown_field' },
      ],
    });
  });
  test('needs every safety question, and no others', () => {
    const check = checkSubmission({ ...valid, safety: { afraid: 'no', other: 'no' } }, find);
    expect(check).toEqual({
      ok: false,
      code: 'invalid_body',
      details: [
        { field: 'safety.hurt', problem: 'missing' },
        { field: 'safety.controlled', problem: 'missing' },
        { field: 'safety.other', problem: 'unknown_field' },
      ],
    });
  });
  test('reports answer problems item by item', () => {
    const partial: Record<string, number> = { ...answers, 're-1': 0 };
    delete partial['me-4'];
    const check = checkSubmission({ ...valid, answers: partial }, find);
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.details).toEqual([
        { item: 're-1', problem: 'out_of_range' },
        { item: 'me-4', problem: 'missing' },
      ]);
  });
});
