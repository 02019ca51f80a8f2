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

/** Pagefind's excerpts escape the text and add only <mark>; anything else is dropped. */
function safeExcerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = html.split(/(<mark>|<\/mark>)/);
  let mark: HTMLElement | undefined;
  for (const part of parts) {
    if (part === '<mark>') mark = document.createElement('mark');
    else if (part === '</mark>') {
      if (mark) fragment.append(mark);
      mark = undefined;
    } else {
      const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '';
      if (mark) mark.append(text);
      else fragment.append(text);
    }
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
