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
    'Curious how you tend to respond when things get close or tense? The test draws your communication profile and gives you a practical relationship playbook of small, concrete steps.',
  'cta.startTest': 'Start the test',
  'cta.exploreTitle': 'How do you talk when it matters?',
  'cta.exploreBody':
    'The test gives you a communication profile to keep private or share, and, if you want it, a deeper action report.',

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

  'check.submit': 'See my result',
  'check.privacy': 'Scored in your browser. Nothing is sent anywhere or stored.',
  'check.missingTitle': 'A few situations still need an answer',
  'check.missingCount': '{count} of {total} situations still need an answer:',
  'check.resultTitle': 'Your result',
  'check.scoreValue': '{score} of {max}',
  'check.caveat':
    'This is a reflection aid, not a diagnosis. It shows how comfortable you feel today, in ten situations; it cannot tell you who you are. If this pattern causes you or your partner real distress, a couples therapist or psychologist can help.',
  'check.continue': 'Continue with the full test',
  'check.continueNote': 'Your ten answers will already be filled in.',
  'check.change': 'Change my answers',
  'check.backToArticle': 'Back to the article',
  'check.pageTitle': 'Your dependence balance',
  'check.readMore': 'Read what this means and what to practise',

  'map.title': 'Your dependence map',
  'map.desc': 'Comfort with dependence {dep} of 5, comfort with independence {ind} of 5: {pattern}.',
  'map.xAxis': 'Comfort with dependence',
  'map.yAxis': 'Comfort with independence',
  'map.you': 'You',
  'map.low': 'low',
  'map.high': 'high',

  'pattern.healthy-interdependence.name': 'Healthy interdependence',
  'pattern.over-dependence.name': 'Over-dependence',
  'pattern.hyper-independence.name': 'Hyper-independence',
  'pattern.uneasy-both-ways.name': 'Uneasy both ways',
  'pattern.healthy-interdependence.leaning': 'Leaning toward healthy interdependence',
  'pattern.over-dependence.leaning': 'Leaning toward over-dependence',
  'pattern.over-dependence.clear': 'Clearly over-dependent',
  'pattern.hyper-independence.leaning': 'Leaning toward hyper-independence',
  'pattern.hyper-independence.clear': 'Clearly hyper-independent',
  'pattern.uneasy-both-ways.leaning': 'Leaning toward unease both ways',
  'pattern.healthy-interdependence.body':
    'You seem able both to lean on your partner and to stand on your own, and to move between the two as life asks. That flexibility is what healthy interdependence looks like. It is not a fixed state: stress, illness or a big change can tip anyone for a while, and the rhythm of connection, time apart and reunion helps keep the balance.',
  'pattern.over-dependence.body':
    'Leaning on your partner feels easier than being apart or deciding on your own. Wanting closeness is not a flaw. But when your calm depends on your partner being there all the time, time apart can feel like a threat. Building the capacity to be alone, in small steps, tends to make closeness feel safer rather than smaller.',
  'pattern.hyper-independence.body':
    'Standing on your own feels easier than leaning on someone. Self-reliance has probably served you well, sometimes when you had no choice. The cost can be that a partner finds no way in, and that you carry hard things alone. Small, low-risk steps of letting yourself be helped can show that depending need not mean losing yourself.',
  'pattern.uneasy-both-ways.body':
    'Right now both leaning on a partner and being apart seem to feel uncomfortable. The article’s three patterns do not name this combination, and it can be tiring to live with, because closeness and distance can each feel unsafe. Please be gentle with yourself. The full test looks at more of your pattern, and talking it through with a therapist can help a great deal.',

  'test.title': 'The relationship test',
  'test.lead':
    'Thirty short statements and a few safety questions. You get your communication profile — where you stand on seven dimensions — and a practical playbook of small steps chosen for you.',
  'test.minutes': 'About {minutes} minutes',
  'test.privacy':
    'No account needed. Your answers stay in this browser until you submit. Then the result is saved behind a private link only you have, and you can delete it at any time.',
  'test.start': 'Start the test',
  'test.resume': 'Continue where you left off',
  'test.resumed': 'Welcome back. Your answers so far were kept in this browser.',
  'test.startOver': 'Start over',
  'test.retake': 'This is a retake: your new result will be compared with the earlier one.',
  'test.carried': 'Your answers from the check in the article are already filled in.',
  'test.safetyTitle': 'First, a short safety check',
  'test.safetyLead':
    'These questions help us show you the right things. You can choose “prefer not to say”. If you are in danger right now, contact your local emergency number.',
  'test.safetyYes': 'Yes',
  'test.safetyNo': 'No',
  'test.safetySkip': 'Prefer not to say',
  'test.safetyConcernNote':
    'Thank you for telling us. Your result will begin with safety resources, and it will leave out any practice that assumes a safe partner.',
  'test.safetyLink': 'Safety and help',
  'test.itemsTitle': 'How true is each statement for you?',
  'test.progress': 'Question {n} of {total}',
  'test.progressRange': 'Questions {from}–{to} of {total}',
  'test.answered': '{count} of {total} answered',
  'test.keysHint': 'Tip: press 1–5 to answer, Enter to go on.',
  'test.back': 'Back',
  'test.next': 'Next',
  'test.reviewTitle': 'Almost done',
  'test.unanswered': '{count} statements still need an answer:',
  'test.goTo': 'Answer: {text}',
  'test.unansweredSafety': 'Please answer every safety question (you can choose “prefer not to say”).',
  'test.research': 'You may use my answers, without the private link, for research to improve this test.',
  'test.researchNote': 'Optional. Left unticked, your answers are used only to show you your result.',
  'test.submit': 'See my result',
  'test.submitting': 'Saving your result…',
  'test.errorNetwork': 'Your result could not be saved. Your answers are still here — please try again.',
  'test.errorRate': 'Too many results were saved from this connection. Please try again in {seconds} seconds.',
  'test.errorInvalid': 'Some answers could not be saved. Please check the questions marked below.',
  'test.noJs': 'Answer every statement, then press “See my result” at the end.',
  'test.yourResults': 'Your results',
  'test.yourResultsLead': 'Results you saved in this browser. Only someone with the link can open them.',
  'test.forget': 'Forget',
  'test.forgetLabel': 'Forget the result of {date} in this browser',
  'test.noResults': 'No results saved in this browser yet.',
  'test.deleted': 'Your result was deleted. Nothing of it is kept.',

  'result.title': 'Your communication profile',
  'result.lead': 'Made on {date}. This page is private: anyone with its link can see it, so keep the link to yourself.',
  'result.notFoundTitle': 'There is no result at this link',
  'result.notFoundBody': 'It may have been deleted, or the link may be incomplete.',
  'result.safetyTitle': 'Your safety comes first',
  'result.safetyBody':
    'You told us that you sometimes feel afraid, have been hurt or threatened, or are controlled by your partner. That is not a communication problem, and it is not your fault. Couples exercises can make things more dangerous when one partner is afraid, so the playbook below only includes practices you can do on your own.',
  'result.safetyAction': 'Read about safety and where to get help',
  'result.safetyEmergency': 'If you are in danger now, call your local emergency number.',
  'result.patternTitle': 'Dependence and independence',
  'result.dimensionsTitle': 'All seven dimensions',
  'result.dimensionsLead': 'Each bar is the average of your answers, from 1 to 5.',
  'result.styleTitle': 'Your style under stress',
  'result.strengthsTitle': 'Two strengths',
  'result.growthTitle': 'Two growth edges',
  'result.playbookTitle': 'Your practical playbook',
  'result.playbookLead': 'Small steps chosen for your profile. Pick one to start this week.',
  'result.playbookSafetyNote':
    'Because of your answers to the safety check, this playbook only has practices you can do on your own.',
  'result.steps': 'Steps',
  'result.sayThis': 'Try this sentence',
  'result.from': 'From: {article}',
  'result.caveatTitle': 'This is not a diagnosis',
  'result.caveat':
    'This profile reflects how you answered today. It shows positions on scales, not types, and it cannot tell you who you are or whether your relationship will last. Use it as a mirror for reflection.',
  'result.helpTitle': 'When to seek professional help',
  'result.help':
    'Talk to a couples therapist, psychologist or doctor if a pattern keeps hurting you or your partner, if you feel stuck despite trying, or if anxiety or low mood is affecting your sleep, work or safety.',
  'result.retake': 'Take the test again',
  'result.deleteTitle': 'Delete my result',
  'result.deleteBody': 'This removes the result and its answers from our server for good. The link will stop working.',
  'result.deleteConfirm': 'Yes, delete it for good',
  'result.deleteConfirmTitle': 'Delete this result?',
  'result.printNote': 'Save or print this page',

  'level.low': 'low',
  'level.moderate': 'moderate',
  'level.high': 'high',
  'style.pursuer.name': 'You tend to pursue',
  'style.withdrawer.name': 'You tend to withdraw',
  'style.both.name': 'You tend to do both',
  'style.neither.name': 'Neither pursuing nor withdrawing stands out',
  'style.pursuer.body':
    'When you feel distance or conflict, you move toward it: you want to talk now, you ask again, your words may get sharper. Underneath is usually a wish to reconnect. Pursuing often makes a withdrawing partner retreat further, so calming yourself first and asking once, clearly, tends to work better.',
  'style.withdrawer.body':
    'When conflict or strong feelings rise, you move away: you go quiet, shut down or leave. Underneath is often a wish to keep things from getting worse. Withdrawing can look like not caring to a pursuing partner, so saying when you will come back turns a pause into care.',
  'style.both.body':
    'Under stress you may chase and then retreat, or switch depending on the moment. This is more common than it sounds, and it can be confusing for both partners. Noticing which one is happening right now is the first step.',
  'style.neither.body':
    'Under stress you neither chase hard nor shut down much. That often helps conflicts stay workable. Keep an eye on the dimensions below, where your growth edges are.',

  'method.title': 'How the relationship test works',
  'method.lead': 'Every rule and threshold the result uses, taken from the same files the scoring code reads.',
  'method.itemsTitle': 'Items and dimensions',
  'method.items': '{items} statements, each rated from 1 (“{low}”) to 5 (“{high}”), on seven dimensions:',
  'method.itemCount': '{count} statements, {reversed} of them reverse-scored',
  'method.healthyLow': 'lower is easier to live with',
  'method.scoringTitle': 'Scores',
  'method.scoring':
    'A reverse-scored statement counts as 6 minus your answer. Each dimension’s score is the average of its statements, from 1.0 to 5.0, not rounded.',
  'method.mapTitle': 'The dependence map',
  'method.map':
    'Comfort with dependence and comfort with independence are split at {region}: a score of exactly {region} counts as comfortable. Both at or above {region}: healthy interdependence. Dependence at or above {region} and independence below: leaning toward over-dependence, and clearly so when dependence is at least {high} and independence at most {low}. The mirror image is hyper-independence. Both below {region}: uneasy both ways.',
  'method.levelsTitle': 'Bars',
  'method.levels': 'Below {low} is shown as low, from {low} to under {high} as moderate, and {high} or more as high.',
  'method.styleTitle': 'Style under stress',
  'method.style':
    'Pursuit under stress at {threshold} or more counts as pursuing; withdrawal under stress at {threshold} or more as withdrawing; both, or neither, as such.',
  'method.strengthsTitle': 'Strengths and growth edges',
  'method.strengths':
    'Each dimension is turned so that higher is easier to live with (for pursuit and withdrawal under stress, 6 minus the score). The two highest are your strengths; the two lowest of the others are your growth edges. Ties go to the dimension listed first.',
  'method.playbookTitle': 'The playbook',
  'method.playbook':
    'Each practice says which patterns, styles and growth edges it fits. A practice earns {pattern} points for your pattern, {style} for your style and {growth} for each of your growth edges; the best {size} are shown, topped up to at least {min} with the practices of highest priority, and ties go to the higher priority. If any safety question was answered yes, no practice that assumes a safe partner is included.',

  'share.title': 'Share your profile',
  'share.lead':
    'A share link shows your pattern, the map and the seven bars — never your answers, your safety answers, your context or your report. You can remove it at any time.',
  'share.indexable': 'Let search engines find this page',
  'share.create': 'Create a share link',
  'share.createNew': 'Create a new share link',
  'share.linkLabel': 'Your share link',
  'share.copy': 'Copy link',
  'share.copiedAnnounce': 'Link copied to the clipboard.',
  'share.native': 'Share…',
  'share.revoke': 'Remove the share link',
  'share.revoked': 'The share link was removed. It no longer works.',
  'share.indexableOn': 'Search engines may list this page.',
  'share.indexableOff': 'Search engines will not list this page.',
  'share.saveImage': 'Save image',
  'share.imageAlt': 'Picture card: {pattern}, with the dependence map.',
  'share.pageTitle': 'A communication profile',
  'share.pageLead':
    'Someone shared their result of the relationship test. It shows where they stand on seven dimensions today — not who they are.',
  'share.takeYourself': 'Take the test yourself',
  'share.notFoundTitle': 'This share link no longer works',
  'share.notFoundBody': 'Its owner may have removed it. The test itself is free and private.',
  'share.shareText': 'My communication profile',

  'context.title': 'Unlock your deeper action report',
  'context.lead':
    'Four short questions make the report fit your life. Your answers are saved with this result (never shown on a share link), and you can change them any time.',
  'context.status': 'Your relationship status',
  'context.status.single': 'Single',
  'context.status.dating': 'Dating',
  'context.status.living-together': 'Living together',
  'context.status.married': 'Married',
  'context.status.separated': 'Separated or recently broken up',
  'context.status.other': 'Something else',
  'context.triggers': 'Which situations set you off most? Choose up to three.',
  'context.goal': 'What would you most like to change?',
  'context.partner': 'Is your partner taking the test too?',
  'context.partner.yes': 'Yes',
  'context.partner.no': 'No',
  'context.partner.not-sure': 'Not sure yet',
  'context.save': 'Show my report',
  'context.update': 'Update my report',
  'context.errors': 'Please answer each question, and choose one to three situations.',
  'context.change': 'Change the answers behind this report',

  'report.title': 'Your deeper action report',
  'report.print': 'Print or save as PDF',
  'report.rootsTitle': 'Your pattern and where it often comes from',
  'report.roots':
    'Patterns like yours usually make sense once you see where they were learned: how needing someone was met when you were small, what earlier relationships taught you, and which moments set you off today. None of this is about blame. Understanding is where change starts.',
  'report.promptsTitle': 'Questions to reflect on',
  'report.prompt1':
    'In the family you grew up in, what happened when you needed someone? What did you learn — that needing is safe, or that it is risky, a burden or a weakness?',
  'report.prompt2':
    'What have past partners said about you — too much, too distant, too hard to reach? Does a story repeat?',
  'report.prompt3':
    'Which moments today switch the pattern on most strongly? What do you feel in your body just before?',
  'report.triggersTitle': 'Your trigger map',
  'report.triggersLead': 'For each situation you chose: what tends to happen in you, and one thing to try instead.',
  'report.triggerHappens': 'What tends to happen in you',
  'report.triggerTry': 'Try instead',
  'report.triggerRead': 'Read more: {article}',
  'report.planTitle': 'A four-week plan',
  'report.planLead':
    'One focus a week, and small steps to tick off as you go. Your ticks are kept in this browser only.',
  'report.week': 'Week {n}',
  'report.focus.notice': 'Notice the pattern',
  'report.focus.steady': 'Steady yourself',
  'report.focus.reach-out': 'Reach out differently',
  'report.focus.together': 'Build a rhythm together',
  'report.focus.support': 'Widen your support',
  'report.focusBody.notice':
    'This week, just watch: when the pattern starts, what sets it off, what you do. No need to change anything yet.',
  'report.focusBody.steady': 'This week, practise calming your own body and mind in the moment, before you act.',
  'report.focusBody.reach-out': 'This week, try one new way of asking, answering or showing what you need.',
  'report.focusBody.together':
    'This week, agree on one small shared habit that makes closeness and distance predictable.',
  'report.focusBody.support':
    'This week, lean on people and places beyond the relationship: a friend, family, a support service. You deserve support that is safe.',
  'report.practiceLabel': 'Practice: {title}',
  'report.stepLabel': 'Week {week}, step {n}: {text}',
  'report.sentencesTitle': 'Sentences for your situations',
  'report.guideTitle': 'A conversation guide for the two of you',
  'report.guideLead':
    'Pick a calm moment, not the middle of a fight. Propose one of these as an experiment for two weeks.',
  'report.guide.signalTitle': 'Propose the need signal',
  'report.guide.signal':
    'Agree on three lights: green (“I’m fine, do your own thing”), yellow (“a bit unsettled, keep me in mind”) and red (“I really need you now”). Red gets an answer; it is not used lightly.',
  'report.guide.signalSay':
    'Could we try a simple signal for a couple of weeks — green, yellow, red — so neither of us has to guess?',
  'report.guide.previewTitle': 'Agree on a next-connection preview',
  'report.guide.preview':
    'Whenever one of you will be busy or away, say when you will be back in touch. Predictability calms more than volume.',
  'report.guide.previewSay':
    'When you’re going to be out of reach, could you tell me roughly when you’ll get back to me? I’ll do the same.',
  'report.guide.reunionTitle': 'Create a reunion ritual',
  'report.guide.reunion':
    'When you see each other again after a day apart, take two minutes to reconnect — a hug, a question, “I’m back” — before the to-do list.',
  'report.guide.reunionSay':
    'Can we take two minutes when we get home, just to say hello properly, before everything else?',
  'report.guide.partnerTest':
    'Your partner is taking the test too. Compare your maps together with curiosity, not to keep score: where are you alike, where different?',
  'report.safetyGuide':
    'Because your safety comes first, this report has no conversation guide for you and your partner. A specialist service can help you plan any conversation safely.',
  'report.retakeTitle': 'Retake in four weeks',
  'report.retakeBody':
    'After four weeks of practice, take the test again from this page. Your new result will show each dimension then and now, side by side.',
  'report.retakeDate': 'Suggested date: {date}',
  'report.retakeButton': 'Retake the test from here',

  'compare.title': 'Then and now',
  'compare.lead': 'You took this test again after your result of {date}. Each dimension, then and now:',
  'compare.dimension': 'Dimension',
  'compare.then': 'Then',
  'compare.now': 'Now',
  'compare.change': 'Change',

  'card.profile': 'Communication profile',

  'search.title': 'Search',
  'search.lead': 'Search every article of the wiki, in this language.',
  'search.label': 'Search the wiki',
  'search.placeholder': 'For example: reassurance',
  'search.submit': 'Search',
  'search.results': '{count} results for “{query}”',
  'search.resultsOne': '1 result for “{query}”',
  'search.none': 'Nothing found for “{query}”. Try another word, or browse the wiki.',
  'search.loading': 'Searching…',
  'search.noJs': 'Search needs JavaScript. Every article is also listed in the wiki index.',
  'search.error': 'Search is not available right now. Every article is listed in the wiki index.',
  'search.browse': 'Browse the wiki',
  'nav.rss': 'RSS feed',

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
