/**
 * Splits rendered article HTML at the end of the section that starts with the heading `id`: the
 * section ends before the next heading of the same or a higher level, or at the end of the document.
 * Used to place an inline check right after the section it belongs to.
 */
export function splitAfterSection(html: string, id: string): [before: string, after: string] | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const open = new RegExp(`<h([1-6])\\b[^>]*\\bid="${escaped}"[^>]*>`).exec(html);
  if (!open) return undefined;
  const level = Number(open[1]);
  const start = open.index + open[0].length;
  const next = new RegExp(`<h([1-${level}])\\b`).exec(html.slice(start));
  const cut = next ? start + next.index : html.length;
  return [html.slice(0, cut), html.slice(cut)];
}
