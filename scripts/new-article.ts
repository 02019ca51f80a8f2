// `npm run new:article -- --category <id> --title "..." [--title-zh "..."] [--id <slug>]`
// Creates the English and Chinese files of a new article with the next free number in the category and
// every required section as a skeleton. `npm run check:content` then says what is still to write.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { articleSkeleton, nextArticleNumber, slugify } from '../src/lib/content-check/article-skeleton.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    category: { type: 'string' },
    title: { type: 'string' },
    'title-zh': { type: 'string' },
    id: { type: 'string' },
  },
});
const fail = (message: string): never => {
  console.error(
    `new:article: ${message}\nUsage: npm run new:article -- --category <id> --title "Title" [--title-zh "标题"] [--id slug]`,
  );
  process.exit(1);
};

const category = values.category ?? fail('--category is required');
const title = values.title?.trim() || fail('--title is required');
const categories = (parseYaml(readFileSync(join(root, 'src/content/categories.yaml'), 'utf8')) as { id: string }[]).map(
  (c) => c.id,
);
if (!categories.includes(category)) fail(`unknown category "${category}" (one of: ${categories.join(', ')})`);
const id = values.id ?? slugify(title);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`"${id}" is not a valid id; pass --id`);

const dirs = (['en', 'zh'] as const).map((lang) => join(root, 'src/content/articles', lang, category));
const used = dirs
  .flatMap((dir) => (existsSync(dir) ? readdirSync(dir) : []))
  .flatMap((f) => (/^(\d{3})-/.exec(f) ? [Number(f.slice(0, 3))] : []));
const number = nextArticleNumber(used);
const file = `${String(number).padStart(3, '0')}-${id}.md`;
const today = new Date().toISOString().slice(0, 10);

for (const [i, lang] of (['en', 'zh'] as const).entries()) {
  const dir = dirs[i] ?? '';
  const path = join(dir, file);
  if (existsSync(path)) fail(`${path} already exists`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path,
    articleSkeleton({
      lang,
      id,
      category,
      number,
      title: lang === 'en' ? title : (values['title-zh'] ?? title),
      today,
    }),
  );
  console.log(`created src/content/articles/${lang}/${category}/${file}`);
}
console.log('Now write both files; `npm run check:content` lists what is still missing.');
