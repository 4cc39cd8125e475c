/**
 * The header's search dialog: results as the reader types, each with its best sections, narrowed by kind. The arrow
 * keys move between the box and the results, Enter opens one, Esc closes the dialog and puts focus back where it was.
 * It answers exactly as the search page does for the same words, through the same session and ranking.
 */
import './dialog.css';

import { cleanQuery } from './query';
import { answerSummary, debounced, resultItem, sentence, type Part } from './results-view';
import { searchSession } from './session';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  if (text !== undefined) made.textContent = text;
  return made;
}

interface SearchDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  opener?: HTMLElement;
}

let built: SearchDialog | undefined;

function build(base: string): SearchDialog {
  const session = searchSession(base);
  const dialog = element('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-dialog-label' });
  const form = element('form', { role: 'search', action: `${base}search/`, method: 'get' });
  const label = element('label', { for: 'search-dialog-query', id: 'search-dialog-label' }, 'Search the guide');
  const input = element('input', {
    id: 'search-dialog-query',
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    'aria-controls': 'search-dialog-results',
    'aria-describedby': 'search-dialog-status',
  });
  const kindLabel = element('label', { for: 'search-dialog-kind' }, 'Show');
  const kind = element('select', { id: 'search-dialog-kind', name: 'kind' });
  kind.append(element('option', { value: '' }, 'Everything'));
  const close = element('button', { type: 'button', class: 'close' }, 'Close');
  const row = element('div', { class: 'query' });
  const kindRow = element('div', { class: 'kind' });
  kindRow.append(kindLabel, kind);
  row.append(input, close);
  form.append(label, row, kindRow);
  const status = element('p', { id: 'search-dialog-status', role: 'status' }, 'Type a word or phrase: results appear as you type.');
  const list = element('ol', { id: 'search-dialog-results', class: 'link-list', 'aria-label': 'Results' });
  const all = element('a', { class: 'all-results', href: `${base}search/` }, 'All results on the search page');
  all.hidden = true;
  dialog.append(form, status, list, all);
  document.body.append(dialog);

  const say = (...parts: Part[]) => status.replaceChildren(...sentence(...parts));
  let kindsListed = false;

  async function search() {
    const { text, note } = cleanQuery(input.value);
    const params = new URLSearchParams({ q: text, ...(kind.value ? { kind: kind.value } : {}) });
    all.href = `${base}search/?${params}`;
    if (!text) {
      list.replaceChildren();
      all.hidden = true;
      say('Type a word or phrase: results appear as you type.');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const found = await session.search(text, kind.value);
      // A newer search has started: its answer is the one to show.
      if (!found) return;
      list.replaceChildren(...found.results.map(resultItem));
      all.hidden = found.total <= found.results.length;
      say(...answerSummary(found, text, kind.value, note ? [` ${note}`] : []));
      if (!kindsListed) {
        kindsListed = true;
        kind.append(...(await session.kinds()).map((name) => element('option', { value: name }, name)));
      }
    } catch {
      list.replaceChildren();
      all.hidden = true;
      say('The search index could not be loaded, so nothing was searched. Try again in a moment, or use the search page.');
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  const searchSoon = debounced(() => void search());
  input.addEventListener('input', () => {
    all.href = `${base}search/?${new URLSearchParams({ q: input.value.trim(), ...(kind.value ? { kind: kind.value } : {}) })}`;
    searchSoon();
  });
  kind.addEventListener('change', () => void search());
  // Enter in the box opens the first result, as the arrow keys and Enter open any other; before there are results,
  // it opens the search page for the words typed.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector('a');
    if (first) first.click();
    else location.assign(all.href);
  });

  /** Every link the arrow keys move through, in reading order: each result and its sections, then all results. */
  const links = () => [...list.querySelectorAll('a'), ...(all.hidden ? [] : [all])];
  dialog.addEventListener('keydown', (event) => {
    // Esc closes the dialog at once: in a search box the browser would first only clear what was typed.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const targets = links();
    const at = targets.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else targets[Math.min(next, targets.length - 1)]?.focus();
  });
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop, outside the dialog's box, closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  const made: SearchDialog = { dialog, input };
  // Focus goes back where it was, unless the reader has already moved it elsewhere on the page.
  dialog.addEventListener('close', () => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || dialog.contains(focused)) made.opener?.focus();
  });
  return made;
}

/** Opens the dialog, built on first use, with the cursor in its box and what the reader typed meanwhile in it. */
export function openSearchDialog(opener: HTMLElement, typed = '') {
  built ??= build(opener.dataset['base'] ?? '/');
  built.opener = opener;
  if (!built.dialog.open) built.dialog.showModal();
  built.input.focus();
  if (typed) {
    built.input.value = typed;
    built.input.dispatchEvent(new Event('input'));
  } else built.input.select();
}
