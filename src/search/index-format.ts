/**
 * The search index's files and their shapes: what the build writes (`index-build.ts`) and the search page reads
 * (`engine.ts`), in one place so the two cannot drift apart.
 */

/** The folder, below the site's base, that holds the search index. */
export const indexFolder = 'search-index';

/** What the search page reads first: every page, and which shards exist. */
export interface IndexMeta {
  /** Per page: its path, title, kind and length in words. */
  pages: [path: string, title: string, kind: string, words: number][];
  /** The keys of the term shards, so a page fetches only a shard that exists. */
  shards: string[];
  /**
   * A hash of the shards and texts, which is also the name of their folder: a page that read this list before a new
   * deploy never mixes its page numbers with another build's shards, and those files can be cached for good.
   */
  version: string;
}

/**
 * A term's postings: for each section it occurs in, three numbers in a row (page, section, weight), so the file is a
 * flat list a browser parses quickly.
 */
export type Shard = Record<string, number[]>;

/** Per page: its sections, each as anchor, title and text, read only for the results shown. */
export type PageText = [anchor: string, title: string, text: string][];

/** Where each of the index's files lives below its folder; each holds gzipped JSON. */
export const indexFile = {
  meta: 'meta.json.pack',
  terms: (version: string, key: string) => `${version}/terms/${shardFileName(key)}.json.pack`,
  page: (version: string, index: number) => `${version}/pages/${index}.json.pack`,
};

/**
 * The file an index term's postings live in: terms are shared out by their first letters, two or three, so a query
 * fetches only the few files its words need. A key that is not plain ASCII is spelt in code points, so every host
 * serves the file under the name the page asks for.
 */
export function shardFileName(key: string): string {
  return /^[a-z0-9]+$/.test(key) ? key : `u${[...key].map((char) => char.codePointAt(0)!.toString(16)).join('-')}`;
}

/** A term's first letters (not UTF-16 units), which name the shard it is in. */
export const firstLetters = (term: string, count: number) => [...term].slice(0, count).join('');

/** The shard a term belongs to, given the shards the index has: its first three letters where those were split off. */
export function shardOf(term: string, shards: ReadonlySet<string>): string | undefined {
  const three = firstLetters(term, 3);
  if ([...term].length >= 3 && shards.has(three)) return three;
  const two = firstLetters(term, 2);
  return shards.has(two) ? two : undefined;
}
