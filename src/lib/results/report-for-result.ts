import type { ContentData } from '../content-data/load-content-data.ts';
import { buildActionReport, type ActionReport } from '../playbook/index.ts';
import type { StoredResult } from '../schemas/result.ts';

/** The deeper action report of a stored result, once its context step is done. */
export function reportForResult(
  result: StoredResult,
  content: Pick<ContentData, 'practices' | 'report'>,
): ActionReport | undefined {
  if (!result.context) return undefined;
  return buildActionReport({
    profile: result.profile,
    playbook: result.playbook,
    safetyConcern: result.safetyConcern,
    context: result.context,
    goalPractices: content.report.goals.find((g) => g.id === result.context?.goal)?.practices ?? [],
    practices: content.practices,
  });
}
