/**
 * English UI strings: the source dictionary. `zh.ts` is typed against this object, so a key
 * added here and missing there fails the type check. Keys are dotted by place; values may hold
 * `{name}` placeholders, filled by `translate()`.
 */
export const en = {
  'site.name': 'Relationship Communication Wiki',
  'site.tagline': 'Understand how you connect, and practise small changes that help.',
  'site.description':
    'A bilingual library of sourced articles, a free relationship test and practice tools for how partners talk, need and repair.',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.wiki': 'Wiki',
  'nav.test': 'Relationship test',
  'nav.about': 'About',
  'nav.skip': 'Skip to content',
  'nav.language': 'Language',
  'nav.switchTo': 'Read this page in English',

  'footer.label': 'Site information',
  'footer.privacy': 'Privacy',
  'footer.safety': 'Safety and help',
  'footer.about': 'About the method',
  'footer.note':
    'This site offers reflection and practice, not therapy or diagnosis. If you are in danger, contact your local emergency number.',
  'footer.noTracking': 'No accounts, no tracking, no third-party requests.',

  'cta.takeTest': 'Take the relationship test',
  'cta.takeTestLead':
    'Want to understand your own pattern? Take the test to get your communication profile and practical relationship playbook.',
  'cta.startTest': 'Start the test',
  'cta.exploreTitle': 'Explore your own communication pattern',
  'cta.exploreBody': 'Get a shareable result and unlock a deeper action report after the test.',

  'home.title': 'Talk, need and repair, with more ease',
  'home.lead':
    'Plain-language articles on how partners depend on each other, argue, and find their way back — each with practices you can try this week.',
  'home.testTitle': 'Start with yourself',
  'home.testBody':
    'The relationship test takes about ten minutes. It is free, needs no account, and shows your results as positions on scales, not labels.',
  'home.categories': 'Browse by topic',
  'home.latest': 'Recently updated',
  'home.privacyNote': 'Private by default: nothing you read or answer is tracked.',

  'wiki.title': 'Wiki',
  'wiki.lead':
    'Every article, by topic. Each one follows the same path: a situation, the ideas behind it, steps to try, real-life cases and what experts suggest.',
  'wiki.articleCount': '{count} articles',
  'wiki.articleCountOne': '1 article',

  'category.articles': 'Articles in this topic',
  'category.backToWiki': 'All topics',

  'article.breadcrumb': 'Breadcrumb',
  'article.toc': 'On this page',
  'article.updated': 'Updated {date}',
  'article.readingTime': '{minutes} min read',
  'article.phrases': 'Try this sentence',
  'article.phrasesLead': 'Words you could use with your partner. Adapt them until they sound like you.',
  'article.copy': 'Copy',
  'article.copyLabel': 'Copy this sentence: {text}',
  'article.copied': 'Copied',
  'article.copiedAnnounce': 'Sentence copied to the clipboard.',
  'article.copyFailed': 'Could not copy. Select the text and copy it by hand.',
  'article.faq': 'FAQ',
  'article.sources': 'Sources',
  'article.sourcesLead': 'Works this article draws on. Its wording and examples are our own.',
  'article.related': 'Related articles',
  'article.previous': 'Previous in this topic',
  'article.next': 'Next in this topic',
  'article.section.problem-scenario': 'Problem Scenario',
  'article.section.core-concepts': 'Core Concepts',
  'article.section.step-by-step-guide': 'Step-by-Step Guide',
  'article.section.case-analysis': 'Case Analysis',
  'article.section.expert-recommendations': 'Expert Recommendations',
  'article.section.summary': 'Summary',

  'test.comingTitle': 'The relationship test is on its way',
  'test.comingBody':
    'We are writing and checking the questions in both languages. Until it opens, the articles below include short self-checks you can use now.',
  'test.comingBack': 'Back to the wiki',

  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist, or it was removed. Nothing you did caused this.',
  'notFound.home': 'Go to the home page',
  'notFound.wiki': 'Browse the wiki',

  'root.title': 'Choose your language',
  'root.body': 'Continue in English or in Chinese.',

  'privacy.title': 'Privacy',
  'safety.title': 'Safety and help',
  'about.title': 'About the method',
} as const satisfies Record<string, string>;

/** Every UI string key. */
export type UiKey = keyof typeof en;

/** A complete dictionary: the shape every language must fill. */
export type UiDictionary = Record<UiKey, string>;
