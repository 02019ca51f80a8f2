import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InstrumentSchema, type Instrument } from '../schemas/instrument.ts';
import { PracticeSchema, type Practice } from '../schemas/practice.ts';
import { ReportContentSchema, type ReportContent } from '../schemas/report-content.ts';

/** The data the API needs: instruments, practices and report content, checked by the same schemas as the build. */
export interface ContentData {
  instruments: ReadonlyMap<string, Instrument>;
  practices: readonly Practice[];
  report: ReportContent;
}

function readYamlDir<T>(dir: string, parse: (raw: unknown) => T): T[] {
  if (!existsSync(dir)) throw new Error(`content folder missing: ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(parseYaml(readFileSync(join(dir, f), 'utf8'))));
}

/**
 * Reads `instruments/`, `practices/` and `report/triggers.yaml` under a content folder: `src/content` in development,
 * `dist/server/content` (copied by the build) in production.
 */
export function loadContentData(contentDir: string): ContentData {
  const instruments = readYamlDir(join(contentDir, 'instruments'), (raw) => InstrumentSchema.parse(raw));
  const practices = readYamlDir(join(contentDir, 'practices'), (raw) => PracticeSchema.parse(raw));
  const report = ReportContentSchema.parse(
    parseYaml(readFileSync(join(contentDir, 'report', 'triggers.yaml'), 'utf8')),
  );
  return { instruments: new Map(instruments.map((i) => [i.id, i])), practices, report };
}
