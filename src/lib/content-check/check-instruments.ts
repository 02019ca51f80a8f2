import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { INSTRUMENTS_DIR } from '../instruments/load-instrument.ts';
import { InstrumentSchema, type Instrument } from '../schemas/instrument.ts';
import type { ContentProblem } from './content-problem.ts';

/**
 * Checks every instrument file against the schema (which requires both languages for every text) and
 * that its id matches the file name.
 */
export function checkInstruments(root: string): { problems: ContentProblem[]; instruments: Instrument[] } {
  const dir = join(root, INSTRUMENTS_DIR);
  const problems: ContentProblem[] = [];
  const instruments: Instrument[] = [];
  if (!existsSync(dir)) return { problems, instruments };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = `${INSTRUMENTS_DIR}/${name}`;
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      problems.push({ file, message: `not valid YAML: ${(err as Error).message}` });
      continue;
    }
    const parsed = InstrumentSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, message: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
      continue;
    }
    if (parsed.data.id !== name.replace(/\.yaml$/, ''))
      problems.push({ file, message: `id "${parsed.data.id}" does not match the file name` });
    instruments.push(parsed.data);
  }
  return { problems, instruments };
}
