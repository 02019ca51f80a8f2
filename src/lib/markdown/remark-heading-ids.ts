import type { Heading, Root, RootContent } from 'mdast';

/**
 * A remark plugin for explicit heading ids: `## Problem Scenario {#problem-scenario}`.
 *
 * The `{#id}` suffix is removed from the heading text and becomes the heading's `id`. Articles use it
 * so that both languages share the same anchors (`#step-1`), which the table of contents, the language
 * switch and the playbook's links into article sections rely on. Headings without a suffix keep
 * Astro's generated slug.
 */
const SUFFIX = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** Returns the explicit id of a heading line's text, or undefined. */
export function explicitHeadingId(text: string): string | undefined {
  return SUFFIX.exec(text)?.[1];
}

function visitHeadings(node: Root | RootContent, fn: (heading: Heading) => void): void {
  if (node.type === 'heading') fn(node);
  if ('children' in node) for (const child of node.children) visitHeadings(child, fn);
}

export function remarkHeadingIds() {
  return (tree: Root): void => {
    visitHeadings(tree, (heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const id = explicitHeadingId(last.value);
      if (!id) return;
      last.value = last.value.replace(SUFFIX, '');
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
