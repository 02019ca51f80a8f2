import type { FaqEntry } from '../schemas/article.ts';

/** schema.org FAQPage for the visible FAQ of a page (the same entries, the same words). */
export function faqPageJsonLd(faq: FaqEntry[], lang: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: lang,
    mainEntity: faq.map((entry) => ({
      '@type': 'Question',
      name: entry.q,
      acceptedAnswer: { '@type': 'Answer', text: entry.a },
    })),
  };
}

/** schema.org Article for an article page. */
export function articleJsonLd(input: {
  headline: string;
  description: string;
  url: string;
  lang: string;
  dateModified: Date;
  siteName: string;
  siteUrl: string;
  section: string;
}): object {
  const publisher = { '@type': 'Organization', name: input.siteName, url: input.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    inLanguage: input.lang,
    url: input.url,
    mainEntityOfPage: input.url,
    dateModified: input.dateModified.toISOString().slice(0, 10),
    articleSection: input.section,
    author: publisher,
    publisher,
  };
}

/** schema.org BreadcrumbList from (name, url) pairs, first to last. */
export function breadcrumbJsonLd(items: { name: string; url: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}
