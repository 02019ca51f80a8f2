/** Values for `{name}` placeholders. */
export type Params = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; an unknown placeholder is left as written so that it shows in review.
 * Kept apart from the dictionaries so that browser code can use it without shipping them.
 */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}
