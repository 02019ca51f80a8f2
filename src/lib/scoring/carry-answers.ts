import type { Answers } from './answers.ts';

/**
 * Answers carried from an inline check into the full test, in the URL fragment (which never reaches
 * the server): `dep-1.4~dep-2.3`. Only ids made of lower-case letters, digits and dashes, and ratings
 * of one or two digits, survive decoding; anything else is dropped.
 */
export function encodeCarriedAnswers(answers: Answers): string {
  return Object.entries(answers)
    .filter(([id, v]) => /^[a-z0-9-]+$/.test(id) && Number.isInteger(v) && v >= 0 && v < 100)
    .map(([id, v]) => `${id}.${v}`)
    .join('~');
}

export function decodeCarriedAnswers(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split('~')) {
    const m = /^([a-z0-9-]{1,40})\.(\d{1,2})$/.exec(part);
    if (m?.[1] && m[2] && !Object.hasOwn(out, m[1])) out[m[1]] = Number(m[2]);
  }
  return out;
}
