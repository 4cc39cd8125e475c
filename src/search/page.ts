import { cleanQuery } from './query';
import { resultsShown } from './rank';
import { answerSummary, debounced, resultItem, sentence, type Part } from './results-view';
import { searchSession } from './session';

const failure = 'The search index could not be loaded, so nothing was searched. Try again in a moment, or browse the sidebar.';

/**
 * Runs the search page: reads `?q=` and `?kind=` on load, searches as the reader types (and on submit), and keeps the
 * address shareable. Without JavaScript the form is a plain GET form to this page.
 */
export function startSearchPage(form: HTMLFormElement) {
  const status = document.getElementById('search-status')!;
  const list = document.querySelector<HTMLOListElement>('ol[data-results]')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const kindSelect = form.elements.namedItem('kind') as HTMLSelectElement;
  const more = document.querySelector<HTMLButtonElement>('#more-results')!;
  const session = searchSession(form.dataset['base'] ?? '/');
  /** The search on the page, so "show more" can ask for the same search with more results. */
  let current: { text: string; kind: string; notes: Part[]; count: number } | undefined;

  const say = (...parts: Part[]) => status.replaceChildren(...sentence(...parts));

  async function search(raw: string, kind: string, kindNote: Part[] = []) {
    const { text, note } = cleanQuery(raw);
    const notes: Part[] = [note ? ` ${note}` : '', ...(kindNote.length > 0 ? [' ', ...kindNote] : [])];
    if (!text) {
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      say('Type a word or phrase to search the guide, such as “error budget” or “DevOps vs SRE”.');
      return;
    }
    say('Searching…');
    current = { text, kind, notes, count: resultsShown };
    await show(current);
  }

  /** Shows a search's results, first or more of them: the list is busy meanwhile, and an index that fails says so. */
  async function show(search: NonNullable<typeof current>) {
    // Assistive technology waits for the whole list rather than reading it out item by item.
    list.setAttribute('aria-busy', 'true');
    try {
      const found = await session.search(search.text, search.kind, search.count);
      // A newer search has started: its answer is the one to show.
      if (!found || search !== current) return;
      list.replaceChildren(...found.results.map(resultItem));
      const left = found.total - found.results.length;
      more.hidden = left <= 0;
      more.textContent = `Show ${Math.min(left, resultsShown)} more ${left === 1 ? 'result' : 'results'}`;
      say(...answerSummary(found, search.text, search.kind, search.notes));
    } catch {
      if (search !== current) return;
      list.replaceChildren();
      more.hidden = true;
      say(failure);
    } finally {
      if (search === current) list.setAttribute('aria-busy', 'false');
    }
  }

  more.addEventListener('click', () => {
    if (!current) return;
    const before = list.children.length;
    const search = { ...current, count: current.count + resultsShown };
    current = search;
    // The reader goes on from the first result added, not back at the top of the list.
    void show(search).then(() => {
      if (search === current) list.children[before]?.querySelector('a')?.focus();
    });
  });

  /** The address keeps the search, so it can be shared or bookmarked. */
  const keepInAddress = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (kindSelect.value) params.set('kind', kindSelect.value);
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
  };
  const searchNow = () => {
    keepInAddress();
    void search(input.value, kindSelect.value);
  };
  input.addEventListener('input', debounced(searchNow));
  // Another kind searches again at once, when there is something to search for.
  kindSelect.addEventListener('change', () => {
    if (input.value.trim()) searchNow();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
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
