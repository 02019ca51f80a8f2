import { expect, test } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, faqPageJsonLd } from './structured-data.ts';

test('FAQPage carries every question with its answer', () => {
  const ld = faqPageJsonLd([{ q: 'Why?', a: 'Because it helps.' }], 'en') as { mainEntity: unknown[] };
  expect(ld.mainEntity).toEqual([
    { '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because it helps.' } },
  ]);
});
test('Article gives the modified date as a day', () => {
  const ld = articleJsonLd({
    headline: 'H',
    description: 'D',
    url: 'https://x/a/',
    lang: 'zh-CN',
    dateModified: new Date('2026-11-28'),
    siteName: 'S',
    siteUrl: 'https://x/',
    section: 'Sec',
  }) as Record<string, unknown>;
  expect(ld['dateModified']).toBe('2026-11-28');
  expect(ld['inLanguage']).toBe('zh-CN');
});
test('breadcrumbs are numbered from 1', () => {
  const ld = breadcrumbJsonLd([
    { name: 'A', url: '/a' },
    { name: 'B', url: '/b' },
  ]) as { itemListElement: { position: number }[] };
  expect(ld.itemListElement.map((i) => i.position)).toEqual([1, 2]);
});
