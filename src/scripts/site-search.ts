/**
 * The search page: reads `q` from the URL, loads Pagefind's index for the page's language only when
 * there is something to search, and lists the results with highlighted excerpts. Results are links in
 * a list; the count is announced through a status region.
 */
import { interpolate } from '../i18n/interpolate.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
  options(opts: Record<string, unknown>): Promise<void>;
}

let loaded: Promise<Pagefind> | undefined;
/** Loaded on the first search only: the index of the page's language (one bundle per language). */
function pagefind(lang: string): Promise<Pagefind> {
  const url = `/pagefind/${lang === 'zh' ? 'zh' : 'en'}/pagefind.js`;
  loaded ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return loaded;
}

/**
 * Pagefind's excerpts are escaped text with <mark> around the matches. They are parsed in an inert
 * document (nothing in it runs or loads) and only their text is kept, in <mark> elements where Pagefind
 * put them: any other markup is dropped. The whole excerpt is parsed at once, inside <body>, so that the
 * spaces next to a match are kept (parsed alone, " a lot" lost its leading space).
 */
function safeExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body;
  const fragment = document.createDocumentFragment();
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else fragment.append(node.textContent ?? '');
  }
  return fragment;
}

export async function runSearch(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const input = document.querySelector<HTMLInputElement>('#search-page-input');
  if (!status || !list) return;
  const t = root.dataset;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (input) input.value = query;
  if (!query) return;
  status.textContent = t['loading'] ?? '';
  try {
    const engine = await pagefind(t['lang'] ?? 'en');
    const search = await engine.search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = r.url;
        link.textContent = r.meta.title ?? r.url;
        const excerpt = document.createElement('p');
        excerpt.append(safeExcerpt(r.excerpt));
        li.append(link, excerpt);
        return li;
      }),
    );
    const template = results.length === 0 ? t['none'] : results.length === 1 ? t['one'] : t['many'];
    status.textContent = interpolate(template ?? '', { count: results.length, query });
  } catch {
    status.textContent = t['error'] ?? '';
  }
}
