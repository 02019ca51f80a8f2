import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseFrontmatterYaml } from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { paths } from '../../i18n/routes.ts';
import { ARTICLE_SECTIONS, ArticleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { CategorySchema, type Category } from '../schemas/category.ts';
import { parseArticleEntryId } from '../wiki/article-path.ts';
import { scanHeadings, scanLinks, splitFrontmatter, type ScannedHeading, type ScannedLink } from './markdown-scan.ts';
import type { ContentProblem } from './content-problem.ts';

/** An article as the checker sees it. */
export interface CheckedArticle {
  file: string;
  lang: Lang;
  category: string;
  number: number;
  id: string;
  data: ArticleFrontmatter;
  headings: ScannedHeading[];
  links: ScannedLink[];
}

/** What the article check found: the problems, and the articles that parsed (for later checks). */
export interface ArticleCheck {
  problems: ContentProblem[];
  articles: CheckedArticle[];
  categories: Category[];
}

function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

function readCategories(root: string, problems: ContentProblem[]): Category[] {
  const file = join(root, 'src/content/categories.yaml');
  const rel = relative(root, file);
  if (!existsSync(file)) {
    problems.push({ file: rel, message: 'the categories file is missing' });
    return [];
  }
  const raw: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) {
    problems.push({ file: rel, message: 'expected a list of categories' });
    return [];
  }
  const categories: Category[] = [];
  raw.forEach((item, i) => {
    const parsed = CategorySchema.safeParse(item);
    if (parsed.success) categories.push(parsed.data);
    else problems.push({ file: rel, message: `category ${i + 1}: ${formatZodIssues(parsed.error)}` });
  });
  for (const key of ['id', 'order'] as const) {
    const seen = new Set<string | number>();
    for (const c of categories) {
      if (seen.has(c[key])) problems.push({ file: rel, message: `two categories share the ${key} "${c[key]}"` });
      seen.add(c[key]);
    }
  }
  return categories;
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

function readArticle(
  root: string,
  file: string,
  categoryIds: Set<string>,
  problems: ContentProblem[],
): CheckedArticle | undefined {
  const rel = relative(root, file);
  const entryId = relative(join(root, 'src/content/articles'), file).replace(/\.md$/, '');
  const parts = parseArticleEntryId(entryId);
  if (!parts) {
    problems.push({ file: rel, message: 'the path must be articles/{en|zh}/{category}/{nnn}-{id}.md' });
    return undefined;
  }
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split) {
    problems.push({ file: rel, message: 'the file has no frontmatter between --- lines' });
    return undefined;
  }
  let raw: unknown;
  try {
    // js-yaml, as Astro uses for frontmatter: the check sees the values the build will see, and it is
    // several times faster than the yaml package over thousands of articles.
    raw = parseFrontmatterYaml(split.frontmatter);
  } catch (err) {
    problems.push({ file: rel, message: `the frontmatter is not valid YAML: ${(err as Error).message}` });
    return undefined;
  }
  const parsed = ArticleFrontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push({ file: rel, message: `the frontmatter breaks the schema: ${formatZodIssues(parsed.error)}` });
    return undefined;
  }
  const data = parsed.data;
  if (data.id !== parts.id)
    problems.push({ file: rel, message: `id "${data.id}" does not match the file name "${parts.id}"` });
  if (data.number !== parts.number)
    problems.push({ file: rel, message: `number ${data.number} does not match the file name` });
  if (data.category !== parts.category)
    problems.push({ file: rel, message: `category "${data.category}" does not match the folder "${parts.category}"` });
  if (!categoryIds.has(parts.category))
    problems.push({ file: rel, message: `unknown category "${parts.category}" (not in categories.yaml)` });
  return {
    file: rel,
    ...parts,
    data,
    headings: scanHeadings(split.body, split.bodyLine),
    links: scanLinks(split.body, split.bodyLine),
  };
}

function checkSections(a: CheckedArticle, problems: ContentProblem[]): void {
  const h2 = a.headings.filter((h) => h.depth <= 2);
  for (const h of h2) {
    if (h.depth === 1)
      problems.push({ file: a.file, message: `line ${h.line}: use ## for sections; the page adds the title` });
    else if (!h.id)
      problems.push({
        file: a.file,
        message: `line ${h.line}: section "${h.text}" needs an id, e.g. {#${ARTICLE_SECTIONS[0]}}`,
      });
  }
  const found = h2.map((h) => h.id).filter((id): id is string => Boolean(id));
  const expected: readonly string[] = ARTICLE_SECTIONS;
  for (const section of ARTICLE_SECTIONS) {
    if (!found.includes(section))
      problems.push({ file: a.file, message: `the required section "${section}" is missing` });
  }
  const unknown = found.filter((id) => !expected.includes(id));
  for (const id of unknown)
    problems.push({
      file: a.file,
      message: `"${id}" is not an article section (allowed: ${ARTICLE_SECTIONS.join(', ')})`,
    });
  const order = found.filter((id) => expected.includes(id));
  if (order.join() !== expected.filter((id) => order.includes(id)).join()) {
    problems.push({
      file: a.file,
      message: `sections are out of order: ${order.join(' > ')} (expected ${ARTICLE_SECTIONS.join(' > ')})`,
    });
  }
  const ids = a.headings.map((h) => h.id).filter(Boolean);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) problems.push({ file: a.file, message: `two headings share the id "${dup}"` });
}

/** The ids of all explicit heading anchors of an article. */
function anchorsOf(a: CheckedArticle): Set<string> {
  return new Set(a.headings.map((h) => h.id).filter((id): id is string => Boolean(id)));
}

/** Anchors every article page has besides its headings. */
const PAGE_ANCHORS = ['main', 'phrases', 'faq', 'sources', 'related', 'toc'];

function checkLinks(a: CheckedArticle, pages: Map<string, Set<string>>, problems: ContentProblem[]): void {
  for (const { href, line } of a.links) {
    if (/^(https?:|mailto:)/.test(href)) continue;
    const [pathPart = '', anchor] = href.split('#');
    const target =
      pathPart === ''
        ? paths.article(a.lang, a.category, a.number, a.id)
        : pathPart.endsWith('/')
          ? pathPart
          : `${pathPart}/`;
    if (!target.startsWith('/')) {
      problems.push({
        file: a.file,
        message: `line ${line}: link "${href}" must be absolute (start with /${a.lang}/)`,
      });
      continue;
    }
    if (!target.startsWith(`/${a.lang}/`)) {
      problems.push({
        file: a.file,
        message: `line ${line}: link "${href}" leaves the article's language (${a.lang})`,
      });
    }
    const anchors = pages.get(target);
    if (!anchors) problems.push({ file: a.file, message: `line ${line}: link "${href}" points to no page` });
    else if (anchor && !anchors.has(anchor))
      problems.push({ file: a.file, message: `line ${line}: link "${href}" points to a missing anchor "#${anchor}"` });
  }
}

/** The fixed pages of the site in one language (besides wiki categories and articles). */
function fixedPages(lang: Lang): string[] {
  return [
    paths.home(lang),
    paths.wiki(lang),
    paths.test(lang),
    paths.privacy(lang),
    paths.safety(lang),
    paths.about(lang),
  ];
}

/** Checks categories and articles: schema, sections, translations, numbering, links. */
export function checkArticles(root: string): ArticleCheck {
  const problems: ContentProblem[] = [];
  const categories = readCategories(root, problems);
  const categoryIds = new Set(categories.map((c) => c.id));
  const articles = listMarkdown(join(root, 'src/content/articles'))
    .map((file) => readArticle(root, file, categoryIds, problems))
    .filter((a): a is CheckedArticle => Boolean(a));

  const pages = new Map<string, Set<string>>();
  for (const lang of LANGS) {
    for (const p of fixedPages(lang)) pages.set(p, new Set());
    for (const c of categories) pages.set(paths.category(lang, c.id), new Set());
  }
  for (const a of articles)
    pages.set(paths.article(a.lang, a.category, a.number, a.id), new Set([...anchorsOf(a), ...PAGE_ANCHORS]));

  const byKey = new Map(articles.map((a) => [`${a.lang}/${a.category}/${a.number}/${a.id}`, a]));
  const ids = new Set(articles.map((a) => a.id));
  for (const a of articles) {
    checkSections(a, problems);
    checkLinks(a, pages, problems);
    for (const lang of LANGS) {
      if (lang === a.lang) continue;
      const twin = byKey.get(`${lang}/${a.category}/${a.number}/${a.id}`);
      if (!twin) {
        problems.push({
          file: a.file,
          message: `the ${lang} version is missing (expected src/content/articles/${lang}/${a.category}/${String(a.number).padStart(3, '0')}-${a.id}.md)`,
        });
        continue;
      }
      if (a.lang !== 'en') continue; // compare each pair once
      const mine = [...anchorsOf(a)].sort().join();
      const theirs = [...anchorsOf(twin)].sort().join();
      if (mine !== theirs)
        problems.push({
          file: twin.file,
          message: `heading ids differ from the English version (en: ${mine}; ${lang}: ${theirs})`,
        });
      if (a.data.related.join() !== twin.data.related.join())
        problems.push({ file: twin.file, message: 'related articles differ from the English version' });
      if (JSON.stringify(a.data.assessment) !== JSON.stringify(twin.data.assessment))
        problems.push({ file: twin.file, message: 'the assessment differs from the English version' });
    }
    for (const rel of a.data.related) {
      if (rel === a.id) problems.push({ file: a.file, message: 'an article cannot be related to itself' });
      else if (!ids.has(rel)) problems.push({ file: a.file, message: `related article "${rel}" does not exist` });
    }
    if (a.data.assessment && !anchorsOf(a).has(a.data.assessment.after)) {
      problems.push({
        file: a.file,
        message: `the assessment is placed after "#${a.data.assessment.after}", which is not a heading id`,
      });
    }
  }

  for (const lang of LANGS) {
    const seenNumbers = new Map<string, string>();
    const seenIds = new Map<string, string>();
    for (const a of articles.filter((x) => x.lang === lang)) {
      const numberKey = `${a.category}/${a.number}`;
      const other = seenNumbers.get(numberKey);
      if (other) problems.push({ file: a.file, message: `shares number ${a.number} in "${a.category}" with ${other}` });
      seenNumbers.set(numberKey, a.file);
      const otherId = seenIds.get(a.id);
      if (otherId) problems.push({ file: a.file, message: `shares the id "${a.id}" with ${otherId}` });
      seenIds.set(a.id, a.file);
    }
  }
  return { problems, articles, categories };
}
