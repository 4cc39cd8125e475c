import { echoed } from '../tools/echo';
import { SearchIndex, type ExcerptPart } from './engine';
import { cleanQuery, vocabularyOf, type SearchEntry } from './query';
import { answer, resultsShown, type Result, type Section } from './rank';

/** An excerpt as text and <mark> elements: built as nodes, so nothing in the index can become markup on the page. */
const excerptNodes = (excerpt: ExcerptPart[]): Node[] =>
  excerpt.map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });

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
  const more = document.querySelector<HTMLButtonElement>('#more-results')!;
  /** The search on the page, so "show more" can ask for the same search with more results. */
  let current: { text: string; kind: string; notes: Part[]; count: number } | undefined;
  let index: Promise<SearchIndex> | undefined;
  const loadIndex = () => (index ??= SearchIndex.load(base));

  /** A sentence about the search, with the reader's own words isolated: parts are the guide's text or the reader's, in turn. */
  type Part = string | { reader: string };
  const say = (...parts: Part[]) =>
    status.replaceChildren(...parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? part : echoed(part.reader))));

  async function search(raw: string, kind: string, kindNote: Part[] = []) {
    const { text, note } = cleanQuery(raw);
    const notes: Part[] = [note ? ` ${note}` : '', ...(kindNote.length > 0 ? [' ', ...kindNote] : [])];
    list.replaceChildren();
    more.hidden = true;
    current = undefined;
    if (!text) {
      say('Type a word or phrase to search the guide, such as “error budget” or “DevOps vs SRE”.');
      return;
    }
    say('Searching…');
    current = { text, kind, notes, count: resultsShown };
    await show(current, 'The search index could not be loaded, so nothing was searched. Try again in a moment, or browse the sidebar.');
  }

  /** Shows a search's results, first or more of them: the list is busy meanwhile, and an index that fails says so. */
  async function show(search: NonNullable<typeof current>, failure: string) {
    // Assistive technology waits for the whole list rather than reading it out item by item.
    list.setAttribute('aria-busy', 'true');
    try {
      await searchFor(search);
    } catch {
      // An index that fails to load (a host that does not serve /search-index/, or a deploy that replaced it) must not
      // leave "Searching…" up, and the next attempt reads the index's list of pages afresh.
      index = undefined;
      say(failure);
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  async function searchFor({ text, kind, notes, count }: NonNullable<typeof current>) {
    const { results, total, searched, suggestion } = await answer(await loadIndex(), entries, vocabulary, text, kind, count);
    list.replaceChildren(...results.map(resultItem));
    const left = total - results.length;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, resultsShown)} more ${left === 1 ? 'result' : 'results'}`;
    const correction: Part[] = !suggestion
      ? []
      : searched === text
        ? [' Including results for “', { reader: suggestion }, '”.']
        : [' Nothing matched “', { reader: text }, '”, so these are for “', { reader: searched }, '”.'];
    if (results.length === 0)
      say(
        'Nothing found for “',
        { reader: text },
        `”${kind ? ` among ${kind.toLowerCase()} pages` : ''}. Try fewer or more general words, or browse the sidebar.`,
        ...notes,
      );
    else {
      const counted = results.length < total ? `${results.length} of ${total} results` : `${total} ${total === 1 ? 'result' : 'results'}`;
      say(`${counted} for “`, { reader: searched }, '”.', ...correction, ...notes);
    }
  }

  more.addEventListener('click', () => {
    if (!current) return;
    const before = list.children.length;
    current.count += resultsShown;
    // The reader goes on from the first result added, not back at the top of the list.
    void show(current, 'The search index could not be loaded, so no more results were found. Try again in a moment.').then(() =>
      list.children[before]?.querySelector('a')?.focus(),
    );
  });

  const kindSelect = form.elements.namedItem('kind') as HTMLSelectElement;
  const kindField = () => kindSelect.value;
  // Another kind searches again at once, when there is something to search for.
  kindSelect.addEventListener('change', () => {
    if (input.value.trim()) form.requestSubmit();
  });

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
  const kindOption = [...kindSelect.options].find((option) => option.value === kind);
  if (kindOption) kindSelect.value = kind;
  // The note stays with the result it explains, rather than being overwritten by the count.
  const kindNote: Part[] = kind && !kindOption ? ['There is no kind called “', { reader: kind }, '”, so every kind is searched.'] : [];
  if (kindNote.length > 0) say(...kindNote);
  input.value = params.get('q') ?? '';
  if (input.value) void search(input.value, kindOption ? kind : '', kindNote);
}

// The search page's own script: it starts on the form it is shipped with.
const form = document.querySelector<HTMLFormElement>('#guide-search');
if (form) startSearchPage(form);
