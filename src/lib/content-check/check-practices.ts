import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PLAYBOOK_MIN } from '../playbook/index.ts';
import type { Instrument } from '../schemas/instrument.ts';
import { PracticeSchema, type Practice } from '../schemas/practice.ts';
import { DEPENDENCE_PATTERNS } from '../scoring/index.ts';
import type { CheckedArticle } from './check-articles.ts';
import type { ContentProblem } from './content-problem.ts';

export const PRACTICES_DIR = 'src/content/practices';
/** The playbook needs at least this many practices to choose from. */
export const MIN_PRACTICES = 12;

/**
 * Checks the playbook practices: schema (both languages), ids, that each links to an existing section of
 * an existing article in both languages, that their growth dimensions exist, and that together they cover
 * every pattern and both stress styles and leave enough practices for someone whose partner is not safe.
 */
export function checkPractices(
  root: string,
  articles: CheckedArticle[],
  instruments: Instrument[],
): { problems: ContentProblem[]; practices: Practice[] } {
  const dir = join(root, PRACTICES_DIR);
  const problems: ContentProblem[] = [];
  const practices: Practice[] = [];
  if (!existsSync(dir))
    return { problems: [{ file: PRACTICES_DIR, message: 'the practices folder is missing' }], practices };
  const dimensions = new Set(instruments.flatMap((i) => i.dimensions.map((d) => d.id)));
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = `${PRACTICES_DIR}/${name}`;
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      problems.push({ file, message: `not valid YAML: ${(err as Error).message}` });
      continue;
    }
    const parsed = PracticeSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, message: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
      continue;
    }
    const p = parsed.data;
    practices.push(p);
    if (p.id !== name.replace(/\.yaml$/, ''))
      problems.push({ file, message: `id "${p.id}" does not match the file name` });
    for (const lang of ['en', 'zh'] as const) {
      const article = articles.find((a) => a.lang === lang && a.id === p.source.article);
      if (!article) problems.push({ file, message: `source article "${p.source.article}" has no ${lang} version` });
      else if (!article.headings.some((h) => h.id === p.source.section)) {
        problems.push({ file, message: `source section "#${p.source.section}" is not a heading of ${article.file}` });
      }
    }
    for (const dim of p.fits.growth)
      if (!dimensions.has(dim)) problems.push({ file, message: `fits.growth: unknown dimension "${dim}"` });
  }
  if (practices.length < MIN_PRACTICES)
    problems.push({
      file: PRACTICES_DIR,
      message: `${practices.length} practices; the playbook needs at least ${MIN_PRACTICES}`,
    });
  for (const pattern of DEPENDENCE_PATTERNS) {
    if (!practices.some((p) => p.fits.patterns.includes(pattern)))
      problems.push({ file: PRACTICES_DIR, message: `no practice fits the pattern "${pattern}"` });
  }
  for (const style of ['pursuer', 'withdrawer'] as const) {
    if (!practices.some((p) => p.fits.styles.includes(style)))
      problems.push({ file: PRACTICES_DIR, message: `no practice fits the style "${style}"` });
  }
  const safeAlone = practices.filter((p) => !p.needsSafePartner).length;
  if (practices.length > 0 && safeAlone < PLAYBOOK_MIN) {
    problems.push({
      file: PRACTICES_DIR,
      message: `only ${safeAlone} practices work without a safe partner; a playbook after a safety concern needs ${PLAYBOOK_MIN}`,
    });
  }
  return { problems, practices };
}
