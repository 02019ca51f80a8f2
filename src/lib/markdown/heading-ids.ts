/**
 * Explicit heading ids: `## Problem Scenario {#problem-scenario}`. The `{#id}` suffix is removed from the
 * heading text and becomes the heading's `id`. Articles use it so that both languages share the same
 * anchors (`#step-1`), which the table of contents, the language switch and the playbook's links into
 * article sections rely on. Ids are lower-case letters, digits and dashes.
 */
const SUFFIX = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** Returns the explicit id of a heading line's text, or undefined. */
export function explicitHeadingId(text: string): string | undefined {
  return SUFFIX.exec(text)?.[1];
}

/** The heading text without its `{#id}` suffix. */
export function stripHeadingId(text: string): string {
  return text.replace(SUFFIX, '');
}
