/**
 * Loads content once per server process: Astro's getCollection and getEntry copy and walk every
 * entry's data on each call, which made each on-demand page (a result, a share) several times slower
 * than its rendering. In dev the content changes under us, so nothing is kept there. A failed load is
 * not kept either: the next call tries again.
 */
export function contentMemo<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    value ??= load().catch((err: unknown) => {
      value = undefined;
      throw err;
    });
    return value;
  };
}
