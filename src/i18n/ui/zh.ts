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

  'check.submit': '查看结果',
  'check.privacy': '在你的浏览器里计分，不会发送到任何地方，也不会被保存。',
  'check.missingTitle': '还有几个情境没有作答',
  'check.missingCount': '共 {total} 个情境，还有 {count} 个没有作答：',
  'check.resultTitle': '你的结果',
  'check.scoreValue': '{score} / {max}',
  'check.caveat':
    '这只是帮助你自我觉察的工具，不是诊断。它反映的是你此刻在这十个情境里的感受，并不能定义你是谁。如果这种模式让你或伴侣感到很痛苦，伴侣咨询师或心理咨询师可以提供帮助。',
  'check.continue': '继续完成完整测试',
  'check.continueNote': '这十道题的答案会自动带入。',
  'check.change': '修改我的回答',
  'check.backToArticle': '返回文章',
  'check.pageTitle': '你的依赖与独立平衡',
  'check.readMore': '看看这意味着什么，以及可以练习什么',

  'map.title': '你的依赖坐标图',
  'map.desc': '依赖舒适度 {dep} / 5，独立舒适度 {ind} / 5：{pattern}。',
  'map.xAxis': '依赖舒适度',
  'map.yAxis': '独立舒适度',
  'map.you': '你',
  'map.low': '低',
  'map.high': '高',

  'pattern.healthy-interdependence.name': '健康的相互依赖',
  'pattern.over-dependence.name': '过度依赖',
  'pattern.hyper-independence.name': '过度独立',
  'pattern.uneasy-both-ways.name': '两头不安',
  'pattern.healthy-interdependence.leaning': '倾向于健康的相互依赖',
  'pattern.over-dependence.leaning': '倾向于过度依赖',
  'pattern.over-dependence.clear': '明显过度依赖',
  'pattern.hyper-independence.leaning': '倾向于过度独立',
  'pattern.hyper-independence.clear': '明显过度独立',
  'pattern.uneasy-both-ways.leaning': '倾向于两头不安',
  'pattern.healthy-interdependence.body':
    '你似乎既能依靠伴侣，也能自己站稳，并且能随着生活的需要在两者之间切换。这种灵活，正是健康的相互依赖的样子。它不是一成不变的：压力、生病或重大变动，都可能让人暂时失衡；“联结—分离—重聚”的节奏能帮你们守住这份平衡。',
  'pattern.over-dependence.body':
    '对你来说，依靠伴侣比分开或独自拿主意更容易。渴望亲近并不是缺点。但如果你的平静必须靠对方时时在场才能维持，分开一会儿就可能像是一种威胁。一小步一小步地培养独处的能力，往往会让亲近变得更安心，而不是更疏远。',
  'pattern.hyper-independence.body':
    '对你来说，自己扛比依靠别人更容易。自立大概一直在保护你，有时甚至是你别无选择。代价可能是伴侣找不到走进你生活的门，而难事总是你一个人扛。试着在低风险的小事上让别人帮一帮你，你会慢慢发现：依赖并不等于失去自己。',
  'pattern.uneasy-both-ways.body':
    '此刻，依靠伴侣和与伴侣分开，似乎都让你不太舒服。文章里的三种模式没有专门描述这种组合；这样生活可能很累，因为靠近和距离都可能让人不安。请对自己温柔一些。完整测试会更全面地看你的模式，和心理咨询师聊一聊也会很有帮助。',

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
