import type { UiDictionary } from './en.ts';

/** Simplified Chinese UI strings. Typed against the English dictionary: a missing key is a type error. */
export const zh: UiDictionary = {
  'site.name': '关系沟通百科',
  'site.tagline': '看清你们的相处方式，从小处练习改变。',
  'site.description':
    '双语的关系沟通知识库：有出处的文章、免费的关系测试和练习工具，帮助伴侣更好地表达需求、沟通与修复。',

  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.wiki': '百科',
  'nav.test': '关系测试',
  'nav.about': '关于',
  'nav.skip': '跳到正文',
  'nav.language': '语言',
  'nav.switchTo': '阅读本页的中文版',

  'footer.label': '网站信息',
  'footer.privacy': '隐私',
  'footer.safety': '安全与求助',
  'footer.about': '关于测评方法',
  'footer.note':
    '本站提供的是自我觉察与练习，不是心理治疗，也不是诊断。如果你正身处危险，请立即拨打当地的紧急求助电话。',
  'footer.noTracking': '无需注册，不做追踪，不向第三方发送任何请求。',

  'cta.takeTest': '参加关系测试',
  'cta.takeTestLead': '想了解自己在关系里的模式？参加测试，获得你的沟通画像和实用关系行动手册。',
  'cta.startTest': '开始测试',
  'cta.exploreTitle': '探索你自己的沟通模式',
  'cta.exploreBody': '完成测试后，你会得到可分享的结果，还能解锁一份深度行动报告。',

  'home.title': '更从容地表达、需要与修复',
  'home.lead': '用平实的语言讲清伴侣之间如何依靠、如何争吵、又如何重新靠近——每篇文章都附有这周就能开始的练习。',
  'home.testTitle': '从了解自己开始',
  'home.testBody': '关系测试大约需要十分钟，免费、无需注册。结果以量表上的位置呈现，而不是给你贴标签。',
  'home.categories': '按主题浏览',
  'home.latest': '最近更新',
  'home.privacyNote': '默认保护隐私：你读了什么、答了什么，都不会被追踪。',

  'wiki.title': '百科',
  'wiki.lead':
    '按主题列出的全部文章。每篇都沿着同样的路径展开：一个情境、背后的概念、可以尝试的步骤、真实的案例，以及专家的建议。',
  'wiki.articleCount': '{count} 篇文章',
  'wiki.articleCountOne': '1 篇文章',

  'category.articles': '本主题的文章',
  'category.backToWiki': '全部主题',

  'article.breadcrumb': '面包屑导航',
  'article.toc': '本页目录',
  'article.updated': '更新于 {date}',
  'article.readingTime': '阅读约 {minutes} 分钟',
  'article.phrases': '可以直接复制的话',
  'article.phrasesLead': '可以对伴侣说的话。按你自己的说话习惯改一改，直到听起来像你。',
  'article.copy': '复制',
  'article.copyLabel': '复制这句话：{text}',
  'article.copied': '已复制',
  'article.copiedAnnounce': '这句话已复制到剪贴板。',
  'article.copyFailed': '复制失败，请手动选中文字复制。',
  'article.faq': '常见问题',
  'article.sources': '参考来源',
  'article.sourcesLead': '本文参考的著作。文中的表述和例子由我们自己撰写。',
  'article.related': '相关文章',
  'article.previous': '本主题上一篇',
  'article.next': '本主题下一篇',
  'article.section.problem-scenario': '问题情境',
  'article.section.core-concepts': '核心概念',
  'article.section.step-by-step-guide': '分步指南',
  'article.section.case-analysis': '案例分析',
  'article.section.expert-recommendations': '专家建议',
  'article.section.summary': '总结',

  'test.comingTitle': '关系测试即将上线',
  'test.comingBody':
    '我们正在用两种语言撰写并核对题目。在测试开放之前，下面的文章里有一些简短的自我检查，你现在就可以用。',
  'test.comingBack': '返回百科',

  'notFound.title': '找不到这个页面',
  'notFound.body': '这个页面不存在，或已被移除。这不是你的操作造成的。',
  'notFound.home': '回到首页',
  'notFound.wiki': '浏览百科',

  'root.title': '选择语言',
  'root.body': '用英文或中文继续。',

  'privacy.title': '隐私',
  'safety.title': '安全与求助',
  'about.title': '关于测评方法',
};
