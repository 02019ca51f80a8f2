import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InstrumentSchema, type Instrument } from '../schemas/instrument.ts';

/** The folder of instrument files, relative to the project root. */
export const INSTRUMENTS_DIR = 'src/content/instruments';

/** Reads and checks one instrument file outside Astro (tests, scripts, the content check). */
export function loadInstrumentFile(file: string): Instrument {
  return InstrumentSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

/** Reads an instrument by id from a project root. */
export function loadInstrument(root: string, id: string): Instrument {
  return loadInstrumentFile(join(root, INSTRUMENTS_DIR, `${id}.yaml`));
}

/** Ids of every instrument file in a project. */
export function listInstrumentIds(root: string): string[] {
  return readdirSync(join(root, INSTRUMENTS_DIR))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}
