/**
 * The guide's search, from a reader's words to the results shown: the index's full-text ranking, with the pages a query
 * names lifted above it. Free of the page, so the query suite can run it without a browser.
 */
import type { ExcerptPart, FoundPage, SearchIndex } from './engine';
import {
  entriesCompared,
  entriesDescribed,
  entriesMentioned,
  entriesNamed,
  meaningfulWords,
  pairsComparing,
  suggestSpelling,
  type SearchEntry,
} from './query';

export interface Section {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface Result extends Section {
  kind: string;
  /** Up to two sections of the page that match best, for a reader to jump straight to. */
  sections: Section[];
}

export interface Answer {
  results: Result[];
  /** How many results the search found in all, some of them perhaps not shown yet. */
  total: number;
  /** The words the results are for: the reader's, or the spelling suggested when theirs found nothing. */
  searched: string;
  /** A spelling whose results were included, if there was one. */
  suggestion?: string;
}

/** Results shown at once, and added by each "show more"; each costs the browser one fetch of the page's text. */
export const resultsShown = 8;
/** A query of this many words that carry meaning is a question, searched for pages holding any of them. */
const questionWords = 3;
/** Results lifted above the index's own ranking by name, pair or summary, at most. */
const maxLifted = 5;

const plainText = (excerpt: ExcerptPart[]) => excerpt.map((part) => part.text).join('');

/** The one or two sections of a page that hold the searched words best, leaving out one whose excerpt the result shows. */
function bestSections(page: FoundPage): Section[] {
  const shown = plainText(page.excerpt);
  return page.sections
    .filter((section) => !shown.includes(plainText(section.excerpt).slice(-40)))
    .slice(0, 2)
    .map(({ title, url, excerpt }) => ({ title, url, excerpt }));
}

/** Searches the index for a reader's (cleaned) query and ranks what it finds, named pages first. */
export async function answer(
  engine: SearchIndex,
  entries: SearchEntry[],
  vocabulary: ReadonlySet<string>,
  text: string,
  kind: string,
  count = resultsShown,
): Promise<Answer> {
  // A question is searched by the words that carry its meaning, so "do we need a DevSecOps team" finds DevSecOps.
  const words = meaningfulWords(text);
  // A query with a word the guide does not use is also searched as the nearest words it does use; the whole query is
  // corrected, so "infrastucture as code" still names the page called "Infrastructure as code".
  const suggestion = suggestSpelling(text, vocabulary);
  // A question's words need not all be on one page: a page holding most of them, the rarer the better, answers it.
  const lookFor = (query: string) => {
    const terms = meaningfulWords(query).split(' ');
    return terms.length >= questionWords ? engine.searchAny(terms, { kind }) : engine.search(terms.join(' '), { kind });
  };
  const [original, corrected] = await Promise.all([lookFor(words), suggestion ? lookFor(suggestion) : undefined]);
  const useCorrection = corrected !== undefined && corrected.length > 0;
  const searched = useCorrection && original.length === 0 ? suggestion! : text;
  let found = [...(useCorrection ? corrected : []), ...original].filter(
    (match, index, all) => all.findIndex((other) => other.page === match.page) === index,
  );
  // A word the guide never uses can leave nothing found: then the words it does use are searched on their own.
  const knownWords = words.split(' ').filter((word) => vocabulary.has(word.toLowerCase()));
  if (found.length === 0 && knownWords.length > 0 && knownWords.length < words.split(' ').length)
    found = await engine.search(knownWords.join(' '), { kind });
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
  // Only the pages that can be shown are fetched: enough of the index's best to fill the list after the named ones.
  const pages = await Promise.all(found.slice(0, count + named.length).map((match) => match.data()));
  const pageAt = new Map(pages.map((page) => [page.url, page]));
  const ranked = [...new Set([...named.map((entry) => entry.url), ...pages.map((page) => page.url)])];
  const shown = ranked.slice(0, count);
  const namedAt = new Map(named.map((entry) => [entry.url, entry]));
  const results: Result[] = shown.map((url) => {
    const page = pageAt.get(url);
    const entry = namedAt.get(url);
    // A named entry keeps its own title and kind; the index's excerpt and sections, where it found the page, show the
    // words searched for.
    return {
      url,
      title: entry?.title ?? page!.title,
      kind: entry?.kind ?? page!.kind,
      excerpt: page?.excerpt ?? [{ text: entry!.summary, marked: false }],
      sections: page ? bestSections(page) : [],
    };
  });
  // Every page the index found, and the named ones it did not (as far as the pages fetched tell).
  const total = found.length + named.filter((entry) => !pageAt.has(entry.url)).length;
  return { results, total: Math.max(total, ranked.length), searched, ...(useCorrection ? { suggestion: suggestion! } : {}) };
}
