import { type Lang } from './locales.ts';

/**
 * Picks the site language from an Accept-Language header.
 *
 * Languages are tried in the order of their q-values; the first English or Chinese one wins.
 * Any Chinese tag (zh, zh-CN, zh-Hans, zh-TW, ...) maps to `zh`: we have only Simplified Chinese,
 * and it serves a Chinese reader better than English does. Without a match, English.
 */
export function negotiateLang(acceptLanguage: string | null | undefined): Lang {
  if (!acceptLanguage) return 'en';
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag !== '' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
