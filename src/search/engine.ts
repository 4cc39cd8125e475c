/**
 * The search page's engine: it reads the index `index-build.ts` writes, fetching only the shards a query's words need
 * and the text of the pages it shows, and ranks pages by BM25 over weighted words, as Pagefind does.
 */
import { indexFile, indexFolder, shardOf, type IndexMeta, type PageText, type Shard } from './index-format';
import { termOf, termsOf, wordsAt } from './words';

/** A run of an excerpt's text, marked when it is a word searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface FoundSection {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** How well the section holds the words searched for, to pick a page's best sections. */
  score: number;
}

export interface FoundPage {
  url: string;
  title: string;
  kind: string;
  excerpt: ExcerptPart[];
  /** The page's sections that hold a word searched for, best first. */
  sections: FoundSection[];
}

export interface Match {
  page: number;
  /** The page's address, known before its text is fetched. */
  url: string;
  score: number;
  /** The page's title, excerpt and sections: fetches its text, so only results shown should ask. */
  data(): Promise<FoundPage>;
}

/** BM25's constants, as Pagefind sets them: how fast repeats of a word stop adding, and how much a long page is discounted. */
const saturation = 1.4;
const lengthDiscount = 0.75;
/** What a query word found in a page's title adds, in units of the word's rarity. */
const titleWeight = 1;
/** Words in an excerpt, as Pagefind's default. */
const excerptWords = 30;

/** One word of a query, and how each index term it matches resembles it: 1 for the same term, less for a longer one. */
interface QueryTerm {
  term: string;
  similarity: (indexTerm: string) => number;
}

/** How much a longer word counts for, by how many letters longer it is, on Pagefind's curve (1 for the same word). */
const lengthBonus = (extra: number) => Math.exp(Math.exp(-((extra + 1) ** 2) / 8)) / Math.exp(Math.exp(-1 / 8));

const queryTerm = (term: string): QueryTerm => ({
  term,
  // A word of three letters or more also finds the words it begins ("kube" finds "Kubernetes"), ranked below itself.
  similarity: (indexTerm) =>
    indexTerm === term ? 1 : [...term].length >= 3 && indexTerm.startsWith(term) ? lengthBonus([...indexTerm].length - [...term].length) : 0,
});

/** The words of a text and whether each is one searched for, as text and marks. */
function excerptOf(text: string, terms: QueryTerm[]): ExcerptPart[] {
  const words = wordsAt(text);
  if (words.length === 0) return [];
  const found = words.map(({ word }) => terms.some(({ similarity }) => similarity(termOf(word)) > 0));
  // The window of words that holds the most words searched for, the earliest of equals.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let end = 0; end < words.length; end++) {
    if (found[end]) count++;
    const start = end - excerptWords + 1;
    if (start > 0 && found[start - 1]) count--;
    if (start >= 0 || end === words.length - 1) {
      if (count > bestCount) [best, bestCount] = [Math.max(0, start), count];
    }
  }
  const last = Math.min(words.length, best + excerptWords) - 1;
  const parts: ExcerptPart[] = [];
  let at = words[best]!.start;
  for (let index = best; index <= last; index++) {
    const word = words[index]!;
    if (!found[index]) continue;
    if (word.start > at) parts.push({ text: text.slice(at, word.start), marked: false });
    parts.push({ text: word.word, marked: true });
    at = word.end;
  }
  if (words[last]!.end > at) parts.push({ text: text.slice(at, words[last]!.end), marked: false });
  return parts;
}

export class SearchIndex {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly shardKeys: ReadonlySet<string>;
  private readonly averageWords: number;
  /** Each page's title as terms, read once rather than at every search. */
  private readonly titleTerms: string[][];

  private constructor(
    private readonly base: string,
    private readonly meta: IndexMeta,
  ) {
    this.shardKeys = new Set(meta.shards);
    this.averageWords = meta.pages.reduce((sum, page) => sum + page[3], 0) / Math.max(1, meta.pages.length);
    this.titleTerms = meta.pages.map(([, title]) => termsOf(title));
  }

  /** Reads the index's list of pages; fails when the host does not serve it. */
  static async load(base: string): Promise<SearchIndex> {
    return new SearchIndex(base, await fetchJson<IndexMeta>(`${base}${indexFolder}/${indexFile.meta}`));
  }

  /** One of the index's files, fetched once; a file that failed to load is fetched again the next time it is needed. */
  private file<T>(name: string): Promise<T> {
    let file = this.files.get(name) as Promise<T> | undefined;
    if (!file) {
      file = fetchJson<T>(`${this.base}${indexFolder}/${name}`);
      file.catch(() => this.files.delete(name));
      this.files.set(name, file);
    }
    return file;
  }

  /**
   * Pages that hold every word of the query, best first, then (for three words or more) those holding all but one;
   * `kind` keeps only pages of that kind.
   */
  async search(query: string, { kind = '' }: { kind?: string } = {}): Promise<Match[]> {
    const terms = [...new Set(wordsAt(query).map(({ word }) => termOf(word)))].map(queryTerm);
    if (terms.length === 0) return [];
    const keys = terms.map(({ term }) => shardOf(term, this.shardKeys));
    // A word no shard could hold is in no page.
    const shards = await Promise.all(
      keys.map((key) => (key === undefined ? Promise.resolve<Shard>({}) : this.file<Shard>(indexFile.terms(this.meta.version, key)))),
    );

    // Per word of the query, each index term it matches: its weight in each page and in each section of the page.
    const matches = terms.map((term, index) =>
      Object.entries(shards[index]!).flatMap(([indexTerm, postings]) => {
        const similarity = term.similarity(indexTerm);
        if (similarity === 0) return [];
        const pages = new Map<number, { weight: number; sections: Map<number, number> }>();
        for (let at = 0; at < postings.length; at += 3) {
          const [page, section, weight] = [postings[at]!, postings[at + 1]!, postings[at + 2]!];
          const counted = pages.get(page) ?? { weight: 0, sections: new Map<number, number>() };
          counted.weight += weight;
          counted.sections.set(section, (counted.sections.get(section) ?? 0) + weight);
          pages.set(page, counted);
        }
        return [{ similarity, pages }];
      }),
    );

    const total = this.meta.pages.length;
    const rarity = (pagesWithTerm: number) => Math.log(1 + (total - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
    // Pages holding every word come first. A question of three words or more also finds, after them, pages that hold all
    // but one: a reader's question often has a word the page answering it does not use.
    const wordsFound = new Map<number, number>();
    for (const termMatches of matches)
      for (const page of new Set(termMatches.flatMap(({ pages }) => [...pages.keys()]))) wordsFound.set(page, (wordsFound.get(page) ?? 0) + 1);
    const enough = terms.length >= 3 ? terms.length - 1 : terms.length;
    const candidates = [...wordsFound].filter(([page, found]) => found >= enough && (!kind || this.meta.pages[page]![2] === kind));
    const scored = matches.flat();
    return candidates
      .map(([page, found]) => {
        const lengthFactor = 1 - lengthDiscount + (lengthDiscount * this.meta.pages[page]![3]) / this.averageWords;
        // BM25 for each index term the page holds, summed; a term that only begins with a query word counts for less.
        const score = scored.reduce((sum, { similarity, pages }) => {
          const weight = (pages.get(page)?.weight ?? 0) * similarity;
          return sum + (rarity(pages.size) * weight * (saturation + 1)) / (weight + saturation * lengthFactor);
        }, 0);
        // A word in the page's title counts once more, beyond what repeats in the text can add: a page called
        // "Patching and updates" answers "keep servers patched" before pages that mention patching often.
        const titleScore = terms.reduce((sum, term, index) => {
          if (!this.titleTerms[page]!.some((titleTerm) => term.similarity(titleTerm) > 0)) return sum;
          return sum + titleWeight * rarity(Math.max(1, ...matches[index]!.map(({ pages }) => pages.size)));
        }, 0);
        const sectionScore = (section: number) =>
          scored.reduce((sum, { similarity, pages }) => sum + rarity(pages.size) * similarity * (pages.get(page)?.sections.get(section) ?? 0), 0);
        const url = this.base + this.meta.pages[page]![0];
        const match: Match = { page, url, score: score + titleScore, data: () => this.found(page, url, terms, sectionScore) };
        return { found, match };
      })
      .sort((a, b) => b.found - a.found || b.match.score - a.match.score || a.match.page - b.match.page)
      .map(({ match }) => match);
  }

  private async found(page: number, url: string, terms: QueryTerm[], sectionScore: (section: number) => number): Promise<FoundPage> {
    const [, title, kind] = this.meta.pages[page]!;
    const sections = await this.file<PageText>(indexFile.page(this.meta.version, page));
    return {
      url,
      title,
      kind,
      excerpt: excerptOf(sections.map(([, , text]) => text).join(' '), terms),
      // Excerpts only for the sections that hold a word searched for: a role page has two dozen sections.
      sections: sections
        .map(([anchor, sectionTitle, text], index) => ({ anchor, sectionTitle, text, score: anchor ? sectionScore(index) : 0 }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score)
        .map(({ anchor, sectionTitle, text, score }) => ({
          title: sectionTitle,
          url: `${url}#${encodeURIComponent(anchor)}`,
          excerpt: excerptOf(text, terms),
          score,
        })),
    };
  }
}

/** How long one index file may take: past it a stalled request ends in the page's "could not be loaded" message. */
export const indexFetchTimeoutMs = 20_000;

/** Fetches one of the index's gzipped JSON files; a host that sent it already unpacked is read as it is. */
async function fetchJson<T>(url: string): Promise<T> {
  const stalled = new AbortController();
  // A timer the page's clock drives (rather than AbortSignal.timeout), so a test can move time on instead of waiting.
  const timer = setTimeout(() => stalled.abort(new Error(`${url} did not arrive within ${indexFetchTimeoutMs / 1000} s`)), indexFetchTimeoutMs);
  try {
    const response = await fetch(url, { signal: stalled.signal });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const json = gzipped
      ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
      : new TextDecoder().decode(bytes);
    return JSON.parse(json) as T;
  } finally {
    clearTimeout(timer);
  }
}
