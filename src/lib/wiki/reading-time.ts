/**
 * Minutes to read a text: about 220 words a minute for English and 400 characters a minute for Chinese,
 * at least one minute. Takes plain text (the Markdown pipeline passes the text of an article's tree).
 *
 * One pass over the characters: the build counts every article, and Unicode-property regular
 * expressions over whole articles were a visible part of its time.
 */
export function readingMinutes(text: string): number {
  const { words, han } = countText(text);
  return Math.max(1, Math.round(words / 220 + han / 400));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

/** Words (runs of letters, digits and apostrophes, not Chinese) and Chinese characters in a text. */
export function countText(text: string): { words: number; han: number } {
  let words = 0;
  let han = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let char: string | undefined;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i) ?? code;
      char = String.fromCodePoint(code);
      i++;
    }
    let wordChar: boolean;
    if (code < 0x80) {
      wordChar =
        (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x30 && code <= 0x39) ||
        code === 0x27;
    } else if (isHan(code)) {
      han++;
      wordChar = false;
    } else {
      wordChar = code === 0x2019 || LETTER_OR_DIGIT.test(char ?? String.fromCharCode(code));
    }
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return { words, han };
}
