import type { DependencePattern, PatternStrength } from '../lib/scoring/index.ts';
import type { Lang } from './locales.ts';
import { translate } from './translate.ts';
import type { UiKey } from './ui/en.ts';

/** Patterns that have a `clear` form; the others are always shown in their `leaning` form. */
const HAS_CLEAR: ReadonlySet<DependencePattern> = new Set(['over-dependence', 'hyper-independence']);

/** "Leaning toward over-dependence" / "明显过度独立": the pattern with its strength, in words. */
export function patternLabel(lang: Lang, id: DependencePattern, strength: PatternStrength): string {
  const form = strength === 'clear' && HAS_CLEAR.has(id) ? 'clear' : 'leaning';
  return translate(lang, `pattern.${id}.${form}` as UiKey);
}

/** The name of a region of the map: "Over-dependence" / "过度依赖". */
export function patternName(lang: Lang, id: DependencePattern): string {
  return translate(lang, `pattern.${id}.name` as UiKey);
}

/** A few plain sentences about a region. */
export function patternBody(lang: Lang, id: DependencePattern): string {
  return translate(lang, `pattern.${id}.body` as UiKey);
}
