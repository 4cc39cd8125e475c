import { echoed } from '../tools/echo';
import type { ExcerptPart } from './engine';
import type { Answer, Result, Section } from './rank';

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

/** One result: its title as a link, its kind, its excerpt, and the sections that match best. */
export function resultItem(result: Result): HTMLLIElement {
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

/** A sentence about the search, with the reader's own words isolated: parts are the guide's text or the reader's, in turn. */
export type Part = string | { reader: string };
export const sentence = (...parts: Part[]): Node[] =>
  parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? document.createTextNode(part) : echoed(part.reader)));

/** What the status line says about an answer: how many results, for which words, and any spelling it used. */
export function answerSummary({ results, total, searched, suggestion }: Answer, text: string, kind: string, notes: Part[] = []): Part[] {
  const correction: Part[] = !suggestion
    ? []
    : searched === text
      ? [' Including results for “', { reader: suggestion }, '”.']
      : [' Nothing matched “', { reader: text }, '”, so these are for “', { reader: searched }, '”.'];
  if (results.length === 0)
    return [
      'Nothing found for “',
      { reader: text },
      `”${kind ? ` among ${kind.toLowerCase()} pages` : ''}. Try fewer or more general words, or browse the sidebar.`,
      ...notes,
    ];
  const counted = results.length < total ? `${results.length} of ${total} results` : `${total} ${total === 1 ? 'result' : 'results'}`;
  return [`${counted} for “`, { reader: searched }, '”.', ...correction, ...notes];
}

/** Waits until the reader pauses: a search per keystroke would answer words nobody finished typing. */
export function debounced(run: () => void, ms = 150) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}
