/**
 * A remark plugin for explicit heading ids: `## Problem Scenario {#problem-scenario}`.
 *
 * The `{#id}` suffix is removed from the heading text and becomes the heading's `id`. Articles use it
 * so that both languages share the same anchors (`#step-1`), which the table of contents, the language
 * switch and the playbook's links into article sections rely on. Headings without a suffix keep
 * Astro's generated slug.
 */
const SUFFIX = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown>; [key: string]: unknown };
}

/** Returns the explicit id of a heading line's text, or undefined. */
export function explicitHeadingId(text: string): string | undefined {
  return SUFFIX.exec(text)?.[1];
}

function visitHeadings(node: MdNode, fn: (heading: MdNode) => void): void {
  if (node.type === 'heading') fn(node);
  for (const child of node.children ?? []) visitHeadings(child, fn);
}

export function remarkHeadingIds() {
  return (tree: MdNode): void => {
    visitHeadings(tree, (heading) => {
      const last = heading.children?.at(-1);
      if (last?.type !== 'text' || typeof last.value !== 'string') return;
      const id = explicitHeadingId(last.value);
      if (!id) return;
      last.value = last.value.replace(SUFFIX, '');
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
