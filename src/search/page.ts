import { echoed } from '../tools/echo';
import {
  cleanQuery,
  entriesCompared,
  entriesDescribed,
  entriesMentioned,
  entriesNamed,
  meaningfulWords,
  pairsComparing,
  suggestSpelling,
  vocabularyOf,
  type SearchEntry,
} from './query';

/** The parts of Pagefind's browser API the search page uses. */
interface Pagefind {
  options(options: { baseUrl: string; noWorker: boolean }): Promise<void>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  data(): Promise<PagefindPage>;
}
interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  /** The page's sections that hold the words searched for, each with its own address and excerpt. */
  sub_results: PagefindSection[];
}
interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}

interface Section {
  title: string;
  url: string;
  excerpt: string;
}

interface Result extends Section {
  kind: string;
  /** Up to two sections of the page that match best, for a reader to jump straight to. */
  sections: Section[];
}

/** Results shown at once; each costs the browser one fetch of the page's excerpt data. */
const resultsShown = 8;
/** Results lifted above the index's own ranking by name, pair or summary, at most. */
const maxLifted = 5;

const plainText = (html: string) => html.replace(/<[^>]*>/g, '');

/**
 * The one or two sections of a page that hold the searched words best, leaving out the top of the page and a section
 * whose excerpt the result already shows.
 */
function bestSections(page: PagefindPage): Section[] {
  const score = (section: PagefindSection) => section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  const shown = plainText(page.excerpt);
  return page.sub_results
    .filter((section) => section.url.includes('#') && !section.url.endsWith('#_top'))
    .filter((section) => !shown.includes(plainText(section.excerpt).slice(-40)))
    .sort((a, b) => score(b) - score(a))
    .slice(0, 2)
    .map(({ title, url, excerpt }) => ({ title, url, excerpt }));
}

/** Turns Pagefind's excerpt into text and <mark> elements only, so no markup from the index reaches the page. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK' || !node.textContent?.trim()) return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** A link with its excerpt under it: the shape of a result and of each of its sections. */
function linkWithExcerpt(section: Section): HTMLElement[] {
  const link = document.createElement('a');
  link.href = section.url;
  link.textContent = section.title;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(section.excerpt));
  return [link, excerpt];
}

function resultItem(result: Result): HTMLLIElement {
  const item = document.createElement('li');
  const [link, excerpt] = linkWithExcerpt(result);
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = result.kind;
  item.append(link!, kind, excerpt!);
  if (result.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.className = 'result-sections';
    sections.setAttribute('aria-label', `Sections of ${result.title}`);
    sections.append(
      ...result.sections.map((section) => {
        const sectionItem = document.createElement('li');
        sectionItem.append(...linkWithExcerpt(section));
        return sectionItem;
      }),
    );
    item.append(sections);
  }
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
      // The index is small enough to search on the page itself, which spares every first search the worker's script.
      await module.options({ baseUrl: base, noWorker: true });
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
    // A question is searched by the words that carry its meaning, so "do we need a DevSecOps team" finds DevSecOps.
    const words = meaningfulWords(text);
    // A query with a word the guide does not use is also searched as the nearest words it does use.
    const suggestion = suggestSpelling(words, vocabulary);
    const [original, corrected] = await Promise.all([
      engine.search(words, { filters }),
      suggestion ? engine.search(suggestion, { filters }) : undefined,
    ]);
    const useCorrection = corrected !== undefined && corrected.results.length > 0;
    const searched = useCorrection && original.results.length === 0 ? suggestion! : text;
    let found = [...(useCorrection ? corrected.results : []), ...original.results];
    // A word the guide never uses can leave nothing found: then the words it does use are searched on their own.
    const knownWords = words.split(' ').filter((word) => vocabulary.has(word.toLowerCase()));
    if (found.length === 0 && knownWords.length > 0 && knownWords.length < words.split(' ').length)
      found = (await engine.search(knownWords.join(' '), { filters })).results;
    // Ahead of full-text relevance, in turn: the page comparing two roles the query names, an exact title, abbreviation
    // or alias, a name the question mentions, and a page whose one-line summary holds all its words.
    const queries = [text, ...(useCorrection ? [suggestion!] : [])];
    const exact = queries.flatMap((query) => [...entriesNamed(query, entries), ...entriesCompared(query, entries)]);
    const mentioned = queries.flatMap((query) => entriesMentioned(query, entries));
    const named = [
      ...pairsComparing([...exact, ...mentioned], entries),
      ...exact,
      ...mentioned,
      ...queries.flatMap((query) => entriesDescribed(query, entries)),
    ]
      .filter((entry, index, all) => (!kind || entry.kind === kind) && all.indexOf(entry) === index)
      // Full-text results keep some room: a question naming many things still shows what the index found.
      .slice(0, maxLifted);
    const pages = await Promise.all(found.slice(0, resultsShown).map((result) => result.data()));
    const fromIndex = new Map(pages.map((page) => [page.url, page]));
    const results: Result[] = [
      ...named.map((entry) => {
        // A named entry the index also found keeps the index's excerpt and sections, which show the words searched.
        const page = fromIndex.get(entry.url);
        return {
          url: entry.url,
          title: entry.title,
          kind: entry.kind,
          excerpt: page?.excerpt ?? entry.summary,
          sections: page ? bestSections(page) : [],
        };
      }),
      ...pages.map((page) => ({
        url: page.url,
        title: page.meta.title ?? page.url,
        kind: page.meta.kind ?? '',
        excerpt: page.excerpt,
        sections: bestSections(page),
      })),
    ]
      .filter((result, index, all) => all.findIndex((other) => other.url === result.url) === index)
      .slice(0, resultsShown);

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
