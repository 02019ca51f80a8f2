import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadInstrument } from '../instruments/load-instrument.ts';
import fc from 'fast-check';
import { SubmitResultSchema } from '../schemas/result.ts';
import { checkSubmission, plainSubmission } from './check-submission.ts';

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

describe('plainSubmission (the schema, checked by hand for the usual body)', () => {
  test('takes a browser’s submission without the schema', () => {
    expect(plainSubmission(valid)).toEqual(SubmitResultSchema.parse(valid));
    const retake = { ...valid, previous: 'A'.repeat(43), scores: { repair: 5 } };
    expect(plainSubmission(retake)).toEqual(SubmitResultSchema.parse(retake));
  });

  test('leaves unusual bodies to the schema, including keys that reach prototypes', () => {
    for (const text of [
      '{"__proto__": {"instrument": "x"}, "instrument": "relationship-test", "lang": "en", "safety": {}, "answers": {}}',
      '{"instrument": "relationship-test", "lang": "en", "safety": {"__proto__": "yes"}, "answers": {}}',
      '{"instrument": "relationship-test", "lang": "en", "safety": {}, "answers": {}, "constructor": 1}',
      '[1, 2]',
      'null',
    ])
      expect(plainSubmission(JSON.parse(text))).toBeUndefined();
  });

  test('whatever it takes, the schema takes too, with the same result (property)', () => {
    const text = fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 98, maxLength: 102 }));
    // Mostly values the schema takes somewhere, so that both ways are walked often.
    const value = fc.oneof(
      { arbitrary: fc.constantFrom('yes', 'no', 'skip', 'en', 'zh', true, false, null, 0), weight: 6 },
      { arbitrary: text, weight: 2 },
      { arbitrary: fc.anything(), weight: 1 },
    );
    const safety = fc.dictionary(
      fc.oneof(text, fc.constantFrom('afraid', 'hurt')),
      fc.constantFrom('yes', 'no', 'skip'),
    );
    const body = fc.record(
      {
        instrument: fc.oneof({ arbitrary: text, weight: 3 }, value),
        lang: fc.oneof({ arbitrary: fc.constantFrom('en', 'zh'), weight: 3 }, value),
        safety: fc.oneof({ arbitrary: safety, weight: 4 }, fc.dictionary(text, value), value),
        answers: value,
        research: fc.oneof({ arbitrary: fc.boolean(), weight: 3 }, value),
        scores: value,
        previous: fc.oneof(fc.string({ minLength: 195, maxLength: 205 }), value),
        extra: value,
      },
      { requiredKeys: ['instrument', 'lang', 'safety', 'answers'] },
    );
    let plainTaken = 0;
    fc.assert(
      fc.property(body, (b) => {
        // Through JSON, as a request body arrives.
        const parsed: unknown = JSON.parse(JSON.stringify(b) ?? 'null');
        const plain = plainSubmission(parsed);
        const schema = SubmitResultSchema.safeParse(parsed);
        if (plain !== undefined) {
          plainTaken++;
          expect(schema.success).toBe(true);
          expect(plain).toEqual(schema.data);
        }
      }),
      { numRuns: 3000 },
    );
    expect(plainTaken).toBeGreaterThan(30);
  });
});
