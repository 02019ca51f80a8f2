import { bodyIssues } from '../schemas/api.ts';
import { ResultContextSchema, type ResultContext } from '../schemas/context.ts';
import type { ReportContent } from '../schemas/report-content.ts';

/** Checks the context step's answers against the schema and the report content (known situations and goals). */
export function checkContext(
  body: unknown,
  content: ReportContent,
): { ok: true; value: ResultContext } | { ok: false; details: { field: string; problem: string }[] } {
  const parsed = ResultContextSchema.safeParse(body);
  if (!parsed.success) return { ok: false, details: bodyIssues(parsed.error) };
  const details: { field: string; problem: string }[] = [];
  parsed.data.triggers.forEach((id, i) => {
    if (!content.triggers.some((t) => t.id === id))
      details.push({ field: `triggers.${i}`, problem: 'unknown_situation' });
  });
  if (!content.goals.some((g) => g.id === parsed.data.goal)) details.push({ field: 'goal', problem: 'unknown_goal' });
  return details.length > 0 ? { ok: false, details } : { ok: true, value: parsed.data };
}
