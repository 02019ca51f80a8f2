/** Characters after which a quote opens; after anything else it closes. */
const OPENS_AFTER = /[\s([{“‘—–-]/;

const NEEDS_WORK = /["']|--|\.\.\./;

/**
 * Typographic quotes and dashes in a piece of prose: "straight" becomes “curly”, it's becomes it’s,
 * -- becomes –, --- becomes — and ... becomes …. `before` is the character before the text in its
 * paragraph ('' at its start), which decides whether a leading quote opens or closes.
 */
export function smarten(text: string, before: string): string {
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
