/**
 * The pure part of the guide's search: cleaning what a reader typed, matching it against the
 * collections' titles and aliases, and suggesting a spelling. The search page wires it to Pagefind.
 */

/** Queries are cut to this many characters: longer text is a pasted document, not a question. */
export const maxQueryLength = 200;

export interface CleanQuery {
  text: string;
  /** Set when the query had to be changed before searching, to tell the reader why. */
  note?: string;
}

export function cleanQuery(raw: string): CleanQuery {
  const collapsed = raw
    // Control characters pasted with a query would otherwise reach the page and the index.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (collapsed.length <= maxQueryLength) return { text: collapsed };
  const cut = collapsed.slice(0, maxQueryLength).replace(/\s+\S*$/, '');
  return { text: cut, note: `Your search was ${collapsed.length} characters long, so only the first ${cut.length} were used.` };
}

/** An entry as search knows it: where it lives and every name readers call it by. */
export interface SearchEntry {
  title: string;
  url: string;
  kind: string;
  summary: string;
  names: string[];
}

/** Letters and digits only, lower case: "Dev-Sec Ops" and "devsecops" are the same name. */
export const squash = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Entries whose title, abbreviation or alias is exactly what the reader typed, ignoring case, spaces and punctuation. */
export function entriesNamed(query: string, entries: SearchEntry[]): SearchEntry[] {
  const typed = squash(query);
  if (typed.length < 2) return [];
  return entries.filter((entry) => entry.names.some((name) => squash(name) === typed));
}

/** Comparisons such as "DevOps vs SRE": the entries named on either side. */
export function entriesCompared(query: string, entries: SearchEntry[]): SearchEntry[] {
  const sides = query.split(/\s+(?:vs\.?|versus|or|and|compared to|v)\s+/i);
  if (sides.length < 2) return [];
  return sides.flatMap((side) => entriesNamed(side, entries));
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A spelling suggestion built from the guide's own words: each word of the query that the
 * vocabulary lacks is replaced by the nearest word it has, if one is close enough.
 */
export function suggestSpelling(query: string, vocabulary: ReadonlySet<string>): string | undefined {
  let changed = false;
  const words = query.split(/\s+/).map((word) => {
    const lower = word.toLowerCase();
    if (lower.length < 4 || vocabulary.has(lower)) return word;
    const limit = lower.length <= 6 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of vocabulary) {
      const distance = editDistance(lower, candidate, limit);
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? words.join(' ') : undefined;
}

/** The words search can suggest: every word of every title, alias and summary. */
export function vocabularyOf(entries: SearchEntry[]): Set<string> {
  const text = entries.flatMap((entry) => [entry.title, entry.summary, ...entry.names]).join(' ');
  return new Set(text.toLowerCase().match(/\p{L}[\p{L}\p{N}]{3,}/gu) ?? []);
}
