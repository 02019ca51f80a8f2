import type { Lang } from './locales.ts';
import { dictionary } from './translate.ts';
import type { UiKey } from './ui/en.ts';

/** The UI keys that start with a prefix, e.g. `KeysWithPrefix<'test.'>`. */
export type KeysWithPrefix<P extends string> = Extract<UiKey, `${P}${string}`>;

/**
 * The strings of one language whose keys start with `prefix`: what an island needs, without shipping
 * the whole dictionary to the browser.
 */
export function pickStrings<P extends string>(lang: Lang, prefix: P): Record<KeysWithPrefix<P>, string> {
  const all = dictionary(lang);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(prefix))) as Record<
    KeysWithPrefix<P>,
    string
  >;
}
