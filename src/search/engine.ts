/**
 * The guide's full-text search: Pagefind, which indexes the built pages from the markup the guide writes
 * (`data-pagefind-body`, `-weight`, `-filter`, `-ignore`). This module loads Pagefind's client on demand and turns its
 * results into pages with excerpts that start at a sentence or a section; `rank.ts` lifts the pages a query names.
 */

/** A run of an excerpt's text, marked when it is a word searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface FoundSection {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** How many of the words searched for the section holds, to pick a page's best sections. */
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
  /** Pagefind's id for the page. */
  page: string;
  score: number;
  /** The page's address, title, excerpt and sections: fetches its fragment, so only results shown should ask. */
  data(): Promise<FoundPage>;
}

/** What Pagefind's client answers, as far as the guide reads it. */
interface PagefindFragment {
  url: string;
  raw_content?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  locations: number[];
  anchors: { element: string; id: string; text?: string; location: number }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * How Pagefind weighs what it finds. Its defaults, except that the length of a page counts for less: the guide's
 * entry pages are of a similar length, and a long page that holds a word often is often the one that explains it.
 */
export const ranking = { termFrequency: 1.0, pageLength: 0.5, termSaturation: 1.4, termSimilarity: 1.0 };

/** How long the index may take to load or answer: past it a stalled request ends in the page's "could not be loaded". */
export const indexTimeoutMs = 20_000;

/** Words in an excerpt, as Pagefind's default; an excerpt may take a few more to start at its sentence. */
const excerptWords = 30;
/** How far back an excerpt may reach for the start of the sentence its first match is in. */
const sentenceReach = 30;

/** The result of a promise, or an error once it has taken longer than the index may. A timer the page's clock drives. */
function withinTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${indexTimeoutMs / 1000} s`)), indexTimeoutMs);
  });
  return Promise.race([work, stalled]).finally(() => clearTimeout(timer));
}

/** Pagefind's raw content escapes "<" and ">"; the guide builds text nodes, so they are read back. */
const unescaped = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** A word of an excerpt, marked on its letters and digits only, so "budget." marks "budget". */
function markedWord(word: string): ExcerptPart[] {
  const core = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u.exec(word);
  if (!core) return [{ text: word, marked: false }];
  const parts: ExcerptPart[] = [];
  if (core.index > 0) parts.push({ text: word.slice(0, core.index), marked: false });
  parts.push({ text: core[0], marked: true });
  const after = word.slice(core.index + core[0].length);
  if (after) parts.push({ text: after, marked: false });
  return parts;
}

/** Joins neighbouring runs of the same kind, so an excerpt is as few nodes as it can be. */
const joined = (parts: ExcerptPart[]) =>
  parts.reduce<ExcerptPart[]>((all, part) => {
    const last = all.at(-1);
    if (last && last.marked === part.marked) last.text += part.text;
    else all.push({ ...part });
    return all;
  }, []);

/**
 * The excerpt of the words from `from` to `to` (a page, or one of its sections) that holds the most words searched
 * for, starting at the sentence the first of them is in, or at the section's start.
 */
export function excerptOf(words: string[], matched: ReadonlySet<number>, from: number, to: number): ExcerptPart[] {
  if (to <= from) return [];
  const inRange = [...matched].filter((at) => at >= from && at < to).sort((a, b) => a - b);
  // The window of words that holds the most matches, the earliest of equals.
  let best = inRange[0] ?? from;
  let bestCount = 0;
  for (const [i, start] of inRange.entries()) {
    const count = inRange.slice(i).filter((at) => at < start + excerptWords).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  let start = best;
  const sentenceEnd = /[.!?]["')\]]*$/;
  while (start > from && best - start < sentenceReach && !sentenceEnd.test(words[start - 1] ?? '')) start--;
  // Too far from any sentence's start: begin at the match itself rather than far before it.
  if (start > from && !sentenceEnd.test(words[start - 1] ?? '')) start = best;
  const end = Math.min(to, Math.max(start + excerptWords, best + excerptWords / 2));
  const parts = words
    .slice(start, end)
    .flatMap((word, i) => [
      ...(i > 0 ? [{ text: ' ', marked: false }] : []),
      ...(matched.has(start + i) ? markedWord(word) : [{ text: word, marked: false }]),
    ]);
  if (end < to) parts.push({ text: ' …', marked: false });
  return joined(parts);
}

/** A page as the guide shows it, from Pagefind's fragment: its excerpt, and each heading's section that holds a match. */
export function foundPage(fragment: PagefindFragment): FoundPage {
  const words = unescaped(fragment.raw_content ?? fragment.content).split(/[\r\n\s]+/g);
  const matched = new Set(fragment.locations);
  const url = fragment.url;
  const headings = fragment.anchors.filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id).sort((a, b) => a.location - b.location);
  const sections = headings
    .map((heading, i) => {
      const to = headings[i + 1]?.location ?? words.length;
      const score = fragment.locations.filter((at) => at >= heading.location && at < to).length;
      return {
        title: unescaped(heading.text ?? heading.id),
        url: `${url}#${encodeURIComponent(heading.id)}`,
        excerpt: excerptOf(words, matched, heading.location, to),
        score,
      };
    })
    .filter((section) => section.score > 0)
    .sort((a, b) => b.score - a.score);
  return {
    url,
    title: unescaped(fragment.meta['title'] ?? url),
    kind: fragment.filters['kind']?.[0] ?? '',
    excerpt: excerptOf(words, matched, 0, words.length),
    sections,
  };
}

let loading: Promise<SearchIndex> | undefined;

export class SearchIndex {
  private constructor(private readonly pagefind: Pagefind) {}

  /**
   * Loads Pagefind's client from the site's own `pagefind/` folder, once a reader searches. Its module is one per page,
   * shared by the dialog and the search page, and setting its options again would start it afresh under a search
   * still running, so it is loaded and set up once; a load that failed is tried again by the next search.
   */
  static load(base: string): Promise<SearchIndex> {
    loading ??= (async () => {
      const address = `${base}pagefind/pagefind.js`;
      const pagefind = await withinTimeout(import(/* @vite-ignore */ address) as Promise<Pagefind>, address);
      await pagefind.options({ baseUrl: base, excerptLength: excerptWords, ranking });
      await withinTimeout(pagefind.init(), 'The search index');
      return new SearchIndex(pagefind);
    })();
    loading.catch(() => (loading = undefined));
    return loading;
  }

  private async results(words: string, kind: string | undefined): Promise<PagefindResult[]> {
    const answer = await withinTimeout(this.pagefind.search(words, kind ? { filters: { kind } } : {}), 'The search index');
    return answer?.results ?? [];
  }

  /** The pages holding every one of the words, best first; with a kind, only pages of that kind. */
  async search(words: string, { kind }: { kind?: string } = {}): Promise<Match[]> {
    return (await this.results(words, kind)).map((result) => matchOf(result.id, result.score, [result]));
  }

  /**
   * The pages holding any of the words, for a question whose words no one page need hold together. Each word counts
   * for up to one, as its best page counts (summing Pagefind's scores as they are would let the shortest pages, the
   * sources, win every question), so a page that holds more of the question's words ranks higher, and its excerpt
   * marks every one it holds.
   */
  async searchAny(words: string[], { kind }: { kind?: string } = {}): Promise<Match[]> {
    const answers = await Promise.all(words.map((word) => this.results(word, kind)));
    const pages = new Map<string, { score: number; results: PagefindResult[] }>();
    for (const results of answers) {
      const best = results[0]?.score || 1;
      for (const result of results) {
        const page = pages.get(result.id) ?? { score: 0, results: [] };
        page.score += result.score / best;
        page.results.push(result);
        pages.set(result.id, page);
      }
    }
    return [...pages.entries()].sort(([, a], [, b]) => b.score - a.score).map(([id, { score, results }]) => matchOf(id, score, results));
  }
}

/**
 * Pagefind keeps one object per page and writes each search's word locations into it, so two searches reading one page
 * at once (a reader still typing, or a question's words) would get each other's. A page's reads therefore take turns,
 * each copying its locations before the next begins; different pages still load side by side.
 */
const turns = new Map<string, Promise<unknown>>();
function fragmentOf(result: PagefindResult): Promise<PagefindFragment> {
  const read = (turns.get(result.id) ?? Promise.resolve())
    .catch(() => undefined)
    .then(async () => {
      const fragment = await result.data();
      return { ...fragment, locations: [...fragment.locations] };
    });
  turns.set(result.id, read);
  return read;
}

/** A page found by one search or several: its fragment is read once per search, with the words each found in it. */
function matchOf(page: string, score: number, results: PagefindResult[]): Match {
  return {
    page,
    score,
    data: async () => {
      const fragments = await withinTimeout(Promise.all(results.map(fragmentOf)), 'The search index');
      return foundPage({ ...fragments[0]!, locations: [...new Set(fragments.flatMap((fragment) => fragment.locations))] });
    },
  };
}
