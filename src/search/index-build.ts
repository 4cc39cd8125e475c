/**
 * The guide's search index, built from the finished pages. It reads the markup Pagefind defined and Starlight already
 * writes (`data-pagefind-body`, `-ignore`, `-weight`, `-filter`), and writes small JSON files: one list of pages, the
 * postings shared out by each term's first letters, and each page's text for excerpts, each gzipped. A first search then fetches a
 * few kilobytes rather than a search engine (Pagefind's script and WebAssembly alone are over 100 kB).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, RootContent } from 'hast';

import { firstLetters, indexFile, type IndexMeta, type PageText, type Shard } from './index-format';
import { compoundsOf, termOf, wordsAt } from './words';

/** A part of a page that starts at a heading with an id, so a result can link straight to it. */
export interface IndexedSection {
  /** The heading's id; empty for the top of the page. */
  anchor: string;
  title: string;
  text: string;
  /** Each term's weight in the section: one per occurrence, times the weight of the element it stands in. */
  weights: Map<string, number>;
  words: number;
}

export interface IndexedPage {
  /** The page's address below the site's base, such as `roles/devops/`. */
  path: string;
  title: string;
  kind: string;
  sections: IndexedSection[];
}

/** Headings weigh more than body text, the page title most, as in Pagefind. */
const headingWeights: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
/** Elements whose text is not part of what a reader sees. */
const unread = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that run on in a line; every other element's edges separate words. */
const inline = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

const attribute = (element: Element, name: string) => {
  const value = element.properties[name];
  return value === undefined || value === null || value === false ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/**
 * An element a reader does not see unless something shows it, such as a reading path's banner shown only to a reader
 * who came from that path: not what the page is about. Text hidden "until found" is content a browser's find reveals.
 */
const hiddenFromReaders = (element: Element) => ![undefined, 'until-found'].includes(attribute(element, 'hidden'));

function findBody(node: RootContent | { children: RootContent[] }): Element | undefined {
  if ('tagName' in node && attribute(node, 'dataPagefindBody') !== undefined) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/** Whether search reads an element's text: not a script, nothing it is told to ignore, nothing hidden from readers. */
const searched = (element: Element) =>
  !unread.has(element.tagName) && attribute(element, 'dataPagefindIgnore') === undefined && !hiddenFromReaders(element);

/** The text search reads in an element, such as a heading less its link's hidden "Section titled". */
const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' && searched(node) ? node.children.map(textOf).join('') : '';

/** Reads one built page; `undefined` when the page is not part of the search (it has no `data-pagefind-body`). */
export function readPage(html: string, path: string): IndexedPage | undefined {
  const body = findBody(fromHtml(html));
  if (!body) return undefined;
  let title = '';
  let kind = '';
  const sections: { anchor: string; title: string; parts: string[]; weights: Map<string, number>; words: number }[] = [];
  const startSection = (anchor: string, heading: string) => sections.push({ anchor, title: heading, parts: [], weights: new Map(), words: 0 });
  startSection('', '');

  const walk = (node: ElementContent, weight: number) => {
    const section = sections.at(-1)!;
    if (node.type === 'text') {
      section.parts.push(node.value);
      const add = (word: string) => {
        const term = termOf(word);
        section.weights.set(term, (section.weights.get(term) ?? 0) + weight);
      };
      for (const { word } of wordsAt(node.value)) {
        add(word);
        section.words++;
      }
      for (const compound of compoundsOf(node.value)) add(compound);
      return;
    }
    if (node.type !== 'element') return;
    // A page's kind counts wherever it is marked, even in an element whose text search leaves out.
    const filter = attribute(node, 'dataPagefindFilter');
    if (filter?.startsWith('kind:')) kind = filter.slice('kind:'.length);
    if (!searched(node)) return;
    const heading = headingWeights[node.tagName];
    if (node.tagName === 'h1' && !title) title = textOf(node).trim();
    else if (heading && attribute(node, 'id')) startSection(attribute(node, 'id')!, textOf(node).replace(/\s+/g, ' ').trim());
    const own = attribute(node, 'dataPagefindWeight');
    const childWeight = own !== undefined && Number.isFinite(Number(own)) ? Number(own) : (heading ?? weight);
    const block = !inline.has(node.tagName);
    if (block) sections.at(-1)!.parts.push(' ');
    for (const child of node.children) walk(child, childWeight);
    if (block) sections.at(-1)!.parts.push(' ');
  };
  for (const child of body.children) walk(child, 1);

  sections[0]!.title = title;
  return {
    path,
    title,
    kind,
    sections: sections
      .map(({ parts, ...section }) => ({ ...section, text: parts.join('').replace(/\s+/g, ' ').trim() }))
      .filter((section, index) => index === 0 || section.words > 0),
  };
}

/** A shard holding more numbers than this is split by its terms' third letter. */
const shardLimit = 3000;

/** The index's files, by path below the index folder, ready to write. */
export function buildIndex(pages: IndexedPage[]): Map<string, unknown> {
  const postings = new Map<string, number[]>();
  pages.forEach((page, pageIndex) =>
    page.sections.forEach((section, sectionIndex) => {
      for (const [term, weight] of section.weights) {
        if (!postings.has(term)) postings.set(term, []);
        postings.get(term)!.push(pageIndex, sectionIndex, Math.round(weight * 10) / 10);
      }
    }),
  );

  const shards = new Map<string, Shard>();
  const groups = Map.groupBy([...postings.keys()].sort(), (term) => firstLetters(term, 2));
  for (const [key, terms] of groups) {
    const size = terms.reduce((sum, term) => sum + postings.get(term)!.length, 0);
    const split = size > shardLimit;
    for (const term of terms) {
      const shardKey = split && [...term].length >= 3 ? firstLetters(term, 3) : key;
      if (!shards.has(shardKey)) shards.set(shardKey, {});
      shards.get(shardKey)![term] = postings.get(term)!;
    }
  }

  const texts = pages.map((page) => page.sections.map((section) => [section.anchor, section.title, section.text]) satisfies PageText);
  const version = createHash('sha256')
    .update(JSON.stringify([[...shards], texts]))
    .digest('hex')
    .slice(0, 12);
  const meta: IndexMeta = {
    pages: pages.map((page) => [page.path, page.title, page.kind, page.sections.reduce((sum, section) => sum + section.words, 0)]),
    shards: [...shards.keys()],
    version,
  };
  const files = new Map<string, unknown>([[indexFile.meta, meta]]);
  for (const [key, shard] of shards) files.set(indexFile.terms(version, key), shard);
  texts.forEach((text, index) => files.set(indexFile.page(version, index), text));
  return files;
}

/** One of the index's files as it is written: gzipped JSON. */
export const pack = (content: unknown): Buffer<ArrayBuffer> => gzipSync(JSON.stringify(content), { level: 9 });
