import { echoed } from '../tools/echo';
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

  /** A sentence about the search, with the reader's own words isolated: parts are the guide's text or the reader's, in turn. */
  type Part = string | { reader: string };
  const say = (...parts: Part[]) =>
    status.replaceChildren(...parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? part : echoed(part.reader))));

  async function search(raw: string, kind: string, kindNote: Part[] = []) {
    const { text, note } = cleanQuery(raw);
    const notes: Part[] = [note ? ` ${note}` : '', ...(kindNote.length > 0 ? [' ', ...kindNote] : [])];
    list.replaceChildren();
    if (!text) {
      say('Type a word or phrase to search the guide, such as “error budget” or “DevOps vs SRE”.');
      return;
    }
    // Assistive technology waits for the whole list rather than reading it out item by item.
    list.setAttribute('aria-busy', 'true');
    say('Searching…');
    try {
      await searchFor(text, kind, notes);
    } catch {
      // A search index that fails to load (a host that does not serve /pagefind/, say) must not leave "Searching…" up.
      pagefind = undefined;
      say('The search index could not be loaded, so nothing was searched. Try again in a moment, or browse the sidebar.');
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  async function searchFor(text: string, kind: string, notes: Part[]) {
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
    const correction: Part[] = !useCorrection
      ? []
      : searched === text
        ? [' Including results for “', { reader: suggestion! }, '”.']
        : [' Nothing matched “', { reader: text }, '”, so these are for “', { reader: searched }, '”.'];
    if (results.length === 0)
      say(
        'Nothing found for “',
        { reader: text },
        `”${kind ? ` among ${kind.toLowerCase()} pages` : ''}. Try fewer or more general words, or browse the sidebar.`,
        ...notes,
      );
    else say(`${results.length} ${results.length === 1 ? 'result' : 'results'} for “`, { reader: searched }, '”.', ...correction, ...notes);
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
  // The note stays with the result it explains, rather than being overwritten by the count.
  const kindNote: Part[] = kind && !kindOption ? ['There is no kind called “', { reader: kind }, '”, so every kind is searched.'] : [];
  if (kindNote.length > 0) say(...kindNote);
  input.value = params.get('q') ?? '';
  if (input.value) void search(input.value, kindOption ? kind : '', kindNote);
}

// The search page's own script: it starts on the form it is shipped with.
const form = document.querySelector<HTMLFormElement>('#guide-search');
if (form) startSearchPage(form);
