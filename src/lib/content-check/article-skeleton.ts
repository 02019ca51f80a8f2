import { ARTICLE_SECTIONS } from '../schemas/article.ts';

const SECTION_TITLES: Record<'en' | 'zh', Record<(typeof ARTICLE_SECTIONS)[number], string>> = {
  en: {
    'problem-scenario': 'Problem Scenario',
    'core-concepts': 'Core Concepts',
    'step-by-step-guide': 'Step-by-Step Guide',
    'case-analysis': 'Case Analysis',
    'expert-recommendations': 'Expert Recommendations',
    summary: 'Summary',
  },
  zh: {
    'problem-scenario': '问题情境',
    'core-concepts': '核心概念',
    'step-by-step-guide': '分步指南',
    'case-analysis': '案例分析',
    'expert-recommendations': '专家建议',
    summary: '总结',
  },
};

/** Turns a title into an article id: "Saying No, Kindly!" -> "saying-no-kindly". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The next free number in a category: one more than the highest used in either language, from 1. */
export function nextArticleNumber(existing: readonly number[]): number {
  return existing.length === 0 ? 1 : Math.max(...existing) + 1;
}

/**
 * A new article file with every required section and frontmatter field as a skeleton to fill in. It
 * does not pass the content check until it is written: the check names what is still missing.
 */
export function articleSkeleton(input: {
  lang: 'en' | 'zh';
  id: string;
  category: string;
  number: number;
  title: string;
  today: string;
}): string {
  const { lang } = input;
  const todo = lang === 'en' ? 'TODO' : '待写';
  const sections = ARTICLE_SECTIONS.map((id) => `## ${SECTION_TITLES[lang][id]} {#${id}}\n\n${todo}\n`).join('\n');
  return `---
id: ${input.id}
category: ${input.category}
number: ${input.number}
title: ${JSON.stringify(input.title)}
summary: ""
# At least four sentences a reader could really say to a partner.
phrases: []
# At least three questions readers really ask, answered plainly.
faq: []
# At least three real works (books: publisher; papers: journal). Never invent a citation.
sources: []
related: []
updated: ${input.today}
---
${sections}`;
}
