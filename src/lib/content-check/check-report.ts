import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Practice } from '../schemas/practice.ts';
import { ReportContentSchema } from '../schemas/report-content.ts';
import type { CheckedArticle } from './check-articles.ts';
import type { ContentProblem } from './content-problem.ts';

export const REPORT_FILE = 'src/content/report/triggers.yaml';

/** Checks the report content: schema (both languages), unique ids, sources that resolve, goals' practices that exist. */
export function checkReport(root: string, articles: CheckedArticle[], practices: Practice[]): ContentProblem[] {
  const file = REPORT_FILE;
  if (!existsSync(join(root, file))) return [{ file, message: 'the report content file is missing' }];
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(join(root, file), 'utf8'));
  } catch (err) {
    return [{ file, message: `not valid YAML: ${(err as Error).message}` }];
  }
  const parsed = ReportContentSchema.safeParse(raw);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ file, message: `${i.path.join('.') || '(root)'}: ${i.message}` }));
  const problems: ContentProblem[] = [];
  for (const list of [parsed.data.triggers, parsed.data.goals]) {
    const ids = list.map((x) => x.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) problems.push({ file, message: `"${dup}" is listed twice` });
  }
  for (const trigger of parsed.data.triggers) {
    for (const lang of ['en', 'zh'] as const) {
      const article = articles.find((a) => a.lang === lang && a.id === trigger.source.article);
      if (!article)
        problems.push({
          file,
          message: `trigger "${trigger.id}": article "${trigger.source.article}" has no ${lang} version`,
        });
      else if (!article.headings.some((h) => h.id === trigger.source.section)) {
        problems.push({
          file,
          message: `trigger "${trigger.id}": "#${trigger.source.section}" is not a heading of ${article.file}`,
        });
      }
    }
  }
  const practiceIds = new Set(practices.map((p) => p.id));
  for (const goal of parsed.data.goals) {
    for (const id of goal.practices)
      if (!practiceIds.has(id)) problems.push({ file, message: `goal "${goal.id}": unknown practice "${id}"` });
  }
  return problems;
}
