/**
 * The pure part of the guide's search: cleaning what a reader typed, matching it against the
 * collections' titles and aliases, and suggesting a spelling. `rank.ts` puts it together with the index.
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
  /** For the page comparing two roles: the addresses of the two roles' pages. */
  compares?: string[];
  /** True for a glossary entry: the page that defines its names. */
  defines?: boolean;
}

/** Letters and digits only, lower case: "Dev-Sec Ops" and "devsecops" are the same name. */
export const squash = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Entries whose title, abbreviation or alias is exactly what the reader typed, ignoring case, spaces and punctuation:
 * those it is the title of first, then a glossary entry that defines it, then those that go by it too ("error budget"
 * is the glossary's term before it is one of a goal's aliases).
 */
export function entriesNamed(query: string, entries: SearchEntry[]): SearchEntry[] {
  const typed = squash(query);
  if (typed.length < 2) return [];
  const rank = (entry: SearchEntry) => (squash(entry.title) === typed ? 0 : entry.defines ? 1 : 2);
  return entries.filter((entry) => entry.names.some((name) => squash(name) === typed)).sort((a, b) => rank(a) - rank(b));
}

/** Words that say nothing about what a reader wants on their own, so they are neither searched nor highlighted. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about an and any are as at be but by can could do does for from get got has have how i if in into is it its just ' +
    'me my need needs of on or our own should so than that the their them there these they this to us was we what when where ' +
    'versus vs which who whom why will with would you your'
  ).split(' '),
);

/**
 * The words of a query that carry its meaning: stop words are left out, unless nothing else is left. A word typed in
 * capitals, such as "IT", is a name and kept.
 */
export function meaningfulWords(query: string): string {
  const words = query.split(/\s+/).filter(Boolean);
  const meaningful = words.filter((word) => {
    const bare = word.replace(/[^\p{L}\p{N}]/gu, '');
    return !stopWords.has(bare.toLowerCase()) || (bare.length > 1 && bare === bare.toUpperCase());
  });
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/**
 * Entries named within a question ("do we need a DevSecOps team"), the longest name first: by title, by a name in
 * capitals (SRE, IDP) or by an alias of two or more words ("on call"). Many one-word aliases are everyday words
 * ("security"), so they count only when the question names nothing more definite.
 */
export function entriesMentioned(query: string, entries: SearchEntry[]): SearchEntry[] {
  const words = query
    .split(/[^\p{L}\p{N}]+/u)
    .map(squash)
    .filter(Boolean);
  const phrases = new Set(words.flatMap((_, start) => words.slice(start).map((__, end) => words.slice(start, start + end + 1).join(''))));
  const mentions = (names: (entry: SearchEntry) => string[]) =>
    entries
      .map((entry) => {
        // A title wins a tie with an alias of the same length: "golden path" is the glossary's term before the role's alias.
        const lengths = names(entry).map((name) => (phrases.has(squash(name)) ? squash(name).length + (name === entry.title ? 0.5 : 0) : 0));
        return { entry, length: Math.max(0, ...lengths) };
      })
      .filter(({ length }) => length >= 3)
      .sort((a, b) => b.length - a.length)
      .map(({ entry }) => entry);
  const definite = mentions((entry) => entry.names.filter((name) => name === entry.title || isAbbreviation(name) || isPhrase(name)));
  return definite.length > 0 ? definite : mentions((entry) => entry.names);
}

const isAbbreviation = (name: string) => name.length > 1 && name === name.toUpperCase();
const isPhrase = (name: string) => /\p{L}[^\p{L}\p{N}]+\p{L}/u.test(name);

/** A word reduced to a rough stem, so "services", "breaks" and "deploying" meet "service", "break" and "deploy". */
const stem = (word: string) => word.toLowerCase().replace(/(?:ing|ed|s)$/, '');

/**
 * Entries whose own one-line description holds every word of a question that carries meaning: the guide's summary of
 * a page says what it answers ("Developers with operations skills who run what they build" for "should developers
 * run their own services"). Questions of fewer than two such words are left to the index.
 */
export function entriesDescribed(query: string, entries: SearchEntry[]): SearchEntry[] {
  const asked = new Set(
    meaningfulWords(query)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !stopWords.has(word.toLowerCase()))
      .map(stem),
  );
  if (asked.size < 2) return [];
  return entries.filter((entry) => {
    const described = new Set(
      [entry.title, entry.summary, ...entry.names]
        .join(' ')
        .split(/[^\p{L}\p{N}]+/u)
        .map(stem),
    );
    return [...asked].every((word) => described.has(word));
  });
}

/** Comparisons such as "DevOps vs SRE": the entries named on either side. */
export function entriesCompared(query: string, entries: SearchEntry[]): SearchEntry[] {
  const sides = query.split(/\s+(?:vs\.?|versus|or|and|compared to|v)\s+/i);
  if (sides.length < 2) return [];
  return sides.flatMap((side) => entriesNamed(side, entries));
}

/** The pages comparing two of the roles a query names: "DevOps vs SRE", "difference between SRE and DevOps". */
export function pairsComparing(named: SearchEntry[], entries: SearchEntry[]): SearchEntry[] {
  const urls = new Set(named.map((entry) => entry.url));
  return entries.filter((entry) => entry.compares?.every((url) => urls.has(url)));
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
