import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkInstruments } from './check-instruments.ts';

const real = readFileSync(
  fileURLToPath(new URL('../../../src/content/instruments/dependence-balance.yaml', import.meta.url)),
  'utf8',
);
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rcw-inst-'));
  mkdirSync(join(root, 'src/content/instruments'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
const write = (name: string, text: string) => writeFileSync(join(root, 'src/content/instruments', name), text);

test('accepts the real instrument', () => {
  write('dependence-balance.yaml', real);
  expect(checkInstruments(root).problems).toEqual([]);
});

test('a missing translation of an item fails, naming the file and the item', () => {
  write('dependence-balance.yaml', real.replace('      zh: "在需要的时候向伴侣开口求助"\n', ''));
  expect(checkInstruments(root).problems).toEqual([
    { file: 'src/content/instruments/dependence-balance.yaml', message: 'items.0.text.zh: Required' },
  ]);
});

test('an item pointing at an unknown dimension fails', () => {
  write('dependence-balance.yaml', real.replace('dimension: independence-comfort', 'dimension: nowhere'));
  expect(checkInstruments(root).problems.map((p) => p.message)).toContain(
    'items.5.dimension: unknown dimension "nowhere"',
  );
});

test('the id must match the file name', () => {
  write('other.yaml', real);
  expect(checkInstruments(root).problems.map((p) => p.message)).toEqual([
    'id "dependence-balance" does not match the file name',
  ]);
});
