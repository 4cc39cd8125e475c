/** The most of a reader's own text the guide shows back in one place. */
const longestEcho = 40;
/** The most ignored items a message names before it only counts the rest. */
const namedAtMost = 3;

/**
 * Reader text shown back in the guide's own sentence: in <bdi>, so right-to-left marks or an unclosed override
 * (U+202E) cannot reverse the words around it, and shortened, so a pasted page does not fill a live region.
 */
export function echoed(text: string): HTMLElement {
  const characters = [...text];
  const bdi = document.createElement('bdi');
  bdi.textContent = characters.length > longestEcho ? `${characters.slice(0, longestEcho).join('')}…` : text;
  return bdi;
}

/** “a”, “b”, “c” and 997 more: the first few of a list of reader text, each isolated, and a count of the rest. */
export function someOf(items: string[]): (Node | string)[] {
  const named = items.slice(0, namedAtMost).flatMap((item, i) => [i > 0 ? ', “' : '“', echoed(item), '”']);
  return items.length > namedAtMost ? [...named, ` and ${items.length - namedAtMost} more`] : named;
}

/**
 * What a tool ignored in its address, as words to show: each part with its reason when there are a few, otherwise a
 * count and the first few, so a thousand bad parameters do not become a thousand sentences in a live region.
 */
export function ignoredParts(notes: { given: string; why: string }[]): (Node | string)[] {
  if (notes.length === 0) return [];
  if (notes.length <= namedAtMost) return notes.flatMap((note) => [' Ignored “', echoed(note.given), `”: ${note.why}`]);
  return [` Ignored ${notes.length} parts of the address, such as `, ...someOf(notes.map((note) => note.given)), '.'];
}
