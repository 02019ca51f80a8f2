import { explicitHeadingId } from '../markdown/heading-ids.ts';

/** A heading found in an article body. */
export interface ScannedHeading {
  depth: number;
  text: string;
  /** The explicit `{#id}`, if the heading has one. */
  id: string | undefined;
  line: number;
}

/** A link target found in an article body. */
export interface ScannedLink {
  href: string;
  line: number;
}

/** Splits a Markdown file into its YAML frontmatter text and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return undefined;
  const frontmatter = m[1] ?? '';
  return { frontmatter, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Lines outside fenced code blocks, with their 1-based line numbers. */
function proseLines(body: string, firstLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, i) => {
    const marker = /^\s*(```|~~~)/.exec(text)?.[1];
    if (marker) {
      fence = fence === marker ? undefined : (fence ?? marker);
      return;
    }
    if (!fence) out.push({ text, line: firstLine + i });
  });
  return out;
}

/** ATX headings (`## Title {#id}`) outside code blocks. */
export function scanHeadings(body: string, firstLine = 1): ScannedHeading[] {
  return proseLines(body, firstLine).flatMap(({ text, line }) => {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (!m) return [];
    const raw = m[2] ?? '';
    return [
      { depth: (m[1] ?? '').length, text: raw.replace(/\s*\{#[^}]*\}\s*$/, ''), id: explicitHeadingId(raw), line },
    ];
  });
}

/** Inline Markdown links and images `[text](href "title")` outside code blocks. */
export function scanLinks(body: string, firstLine = 1): ScannedLink[] {
  const re = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
  return proseLines(body, firstLine).flatMap(({ text, line }) =>
    [...text.replace(/`[^`]*`/g, '').matchAll(re)].map((m) => ({ href: m[1] ?? '', line })),
  );
}
