import { cleanQuery, entriesCompared, entriesNamed, suggestSpelling, vocabularyOf, type SearchEntry } from './query';

/** The parts of Pagefind's browser API the search page uses. */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindPage> }[] }>;
}
interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
}

interface Result {
  url: string;
  title: string;
  kind: string;
  /** Pagefind's excerpt, with the matched words in <mark>, or an entry's summary. */
  excerpt: string;
}

const maxResults = 10;

/** Turns Pagefind's excerpt into text and <mark> elements only, so no markup from the index reaches the page. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(result: Result): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = result.kind;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(link, kind, excerpt);
  return item;
}

/** Runs the search page: reads `?q=` and `?kind=` on load, searches on submit and keeps the address shareable. */
export function startSearchPage(form: HTMLFormElement) {
  const status = document.getElementById('search-status')!;
  const list = document.querySelector<HTMLOListElement>('ol[data-results]')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const entries = JSON.parse(form.dataset['entries'] ?? '[]') as SearchEntry[];
  const vocabulary = vocabularyOf(entries);
  const base = form.dataset['base'] ?? '/';
  let pagefind: Promise<Pagefind> | undefined;

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    }));

  async function search(raw: string, kind: string) {
    const { text, note } = cleanQuery(raw);
    list.replaceChildren();
    if (!text) {
      status.textContent = 'Type a word or phrase to search the guide, such as “error budget” or “DevOps vs SRE”.';
      return;
    }
    // Assistive technology waits for the whole list rather than reading it out item by item.
    list.setAttribute('aria-busy', 'true');
    status.textContent = 'Searching…';
    const filters: Record<string, string> = kind ? { kind } : {};
    const engine = await loadPagefind();
    // A query with a word the guide does not use is also searched as the nearest words it does use.
    const suggestion = suggestSpelling(text, vocabulary);
    const [original, corrected] = await Promise.all([
      engine.search(text, { filters }),
      suggestion ? engine.search(suggestion, { filters }) : undefined,
    ]);
    const useCorrection = corrected !== undefined && corrected.results.length > 0;
    const searched = useCorrection && original.results.length === 0 ? suggestion! : text;
    const found = [...(useCorrection ? corrected.results : []), ...original.results];
    // An exact title, abbreviation or alias outranks full-text relevance.
    const named = [text, ...(useCorrection ? [suggestion!] : [])]
      .flatMap((query) => [...entriesNamed(query, entries), ...entriesCompared(query, entries)])
      .filter((entry) => !kind || entry.kind === kind)
      .map((entry) => ({ url: entry.url, title: entry.title, kind: entry.kind, excerpt: entry.summary }));
    const pages = await Promise.all(found.slice(0, maxResults).map((result) => result.data()));
    const results = [
      ...named,
      ...pages.map((page) => ({ url: page.url, title: page.meta.title ?? page.url, kind: page.meta.kind ?? '', excerpt: page.excerpt })),
    ]
      .filter((result, index, all) => all.findIndex((other) => other.url === result.url) === index)
      .slice(0, maxResults);

    list.replaceChildren(...results.map(resultItem));
    list.setAttribute('aria-busy', 'false');
    const correction = !useCorrection
      ? ''
      : searched === text
        ? ` Including results for “${suggestion}”.`
        : ` Nothing matched “${text}”, so these are for “${searched}”.`;
    status.textContent =
      results.length === 0
        ? `Nothing found for “${text}”${kind ? ` among ${kind.toLowerCase()} pages` : ''}. Try fewer or more general words, or browse the sidebar.${note ? ` ${note}` : ''}`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${searched}”.${correction}${note ? ` ${note}` : ''}`;
  }

  const kindField = () => form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (kindField()) params.set('kind', kindField());
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    void search(input.value, kindField());
  });

  const params = new URLSearchParams(location.search);
  const kind = params.get('kind') ?? '';
  const kindOption = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')].find((option) => option.value === kind);
  if (kindOption) kindOption.checked = true;
  else if (kind) status.textContent = `There is no kind called “${kind}”, so every kind is searched.`;
  input.value = params.get('q') ?? '';
  if (input.value) void search(input.value, kindOption ? kind : '');
}

// The search page's own script: it starts on the form it is shipped with.
const form = document.querySelector<HTMLFormElement>('#guide-search');
if (form) startSearchPage(form);
