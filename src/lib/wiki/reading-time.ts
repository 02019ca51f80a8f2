/**
 * Minutes to read a text: about 220 words a minute for English and 400 characters a minute for Chinese,
 * at least one minute. Markdown syntax is ignored.
 */
export function readingMinutes(markdown: string): number {
  const text = markdown.replace(/```[\s\S]*?```/g, ' ').replace(/\{#[^}]*\}|[#>*_`[\]()-]/g, ' ');
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}']+/gu) ?? []).length;
  return Math.max(1, Math.round(words / 220 + han / 400));
}
