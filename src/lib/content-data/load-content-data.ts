import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InstrumentSchema, type Instrument } from '../schemas/instrument.ts';
import { PracticeSchema, type Practice } from '../schemas/practice.ts';

/** The data the API needs: instruments and playbook practices, checked by the same schemas as the build. */
export interface ContentData {
  instruments: ReadonlyMap<string, Instrument>;
  practices: readonly Practice[];
}

function readYamlDir<T>(dir: string, parse: (raw: unknown) => T): T[] {
  if (!existsSync(dir)) throw new Error(`content folder missing: ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(parseYaml(readFileSync(join(dir, f), 'utf8'))));
}

/**
 * Reads `instruments/` and `practices/` under a content folder: `src/content` in development,
 * `dist/server/content` (copied by the build) in production.
 */
export function loadContentData(contentDir: string): ContentData {
  const instruments = readYamlDir(join(contentDir, 'instruments'), (raw) => InstrumentSchema.parse(raw));
  const practices = readYamlDir(join(contentDir, 'practices'), (raw) => PracticeSchema.parse(raw));
  return { instruments: new Map(instruments.map((i) => [i.id, i])), practices };
}
