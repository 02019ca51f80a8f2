import type { Root, RootContent } from 'mdast';

/**
 * Typographic quotes and dashes in prose: "straight" becomes “curly”, it's becomes it’s, -- becomes –,
 * --- becomes — and ... becomes …. Code is left alone. A small replacement for Astro's smartypants,
 * which parses every text into a language tree and made the build twice as slow.
 */
const OPENS_AFTER = /[\s([{“‘—–-]/;

const NEEDS_WORK = /["']|--|\.\.\./;

function smarten(text: string, before: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = '';
  let previous = before;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') out += previous === '' || OPENS_AFTER.test(previous) ? '“' : '”';
    else if (c === "'") out += previous === '' || OPENS_AFTER.test(previous) ? '‘' : '’';
    else out += c;
    previous = c;
  }
  return out
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/\.\.\./g, '…');
}

type Node = Root | RootContent;

/** Walks the children of a block in order, carrying the last character of the text before each node. */
function walk(node: Node, before: { char: string }): void {
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') {
    before.char = 'x';
    return;
  }
  if (node.type === 'text') {
    node.value = smarten(node.value, before.char);
    before.char = node.value.at(-1) ?? before.char;
    return;
  }
  if (!('children' in node)) return;
  // A new paragraph, heading or list item starts fresh.
  const block =
    node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell';
  const context = block ? { char: '' } : before;
  for (const child of node.children) walk(child, context);
  if (!block) before.char = context.char;
}

export function remarkSmartQuotes() {
  return (tree: Root): void => walk(tree, { char: '' });
}

export { smarten };
