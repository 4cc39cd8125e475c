import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visitParents } from 'unist-util-visit-parents';

/** A glossary term as it is linked: every name it goes by, and its page. */
export interface Term {
  href: string;
  names: string[];
}

/** "Service level objective (SLO)" is met in text as both "Service level objective" and "SLO". */
export function namesOf(title: string, aliases: string[]): string[] {
  const [, main, short] = /^(.*?)\s*\((.+)\)$/.exec(title) ?? [undefined, title, undefined];
  return [...new Set([main, short, ...aliases].filter((name): name is string => Boolean(name && name.length >= 3)))].sort(
    (a, b) => b.length - a.length,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CompiledTerms {
  /** Abbreviations match in capitals only ("CAB", not "cab"); other names match in any case. */
  patterns: RegExp[];
  termOf: Map<string, Term>;
}

const compiled = new WeakMap<Term[], CompiledTerms>();

/** One pattern for all the abbreviations and one for all other names, built once, longest names first. */
function compile(terms: Term[]): CompiledTerms {
  const cached = compiled.get(terms);
  if (cached) return cached;
  const termOf = new Map<string, Term>();
  const names = terms.flatMap((term) => term.names.map((name) => ({ name, term }))).sort((a, b) => b.name.length - a.name.length);
  for (const { name, term } of names) if (!termOf.has(name.toLowerCase())) termOf.set(name.toLowerCase(), term);
  const pattern = (group: string[], flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}-])(?:${group.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, `gu${flags}`);
  const capitals = names.filter(({ name }) => name === name.toUpperCase()).map(({ name }) => name);
  const others = names.filter(({ name }) => name !== name.toUpperCase()).map(({ name }) => name);
  const result = { patterns: [...(capitals.length ? [pattern(capitals, '')] : []), ...(others.length ? [pattern(others, 'i')] : [])], termOf };
  compiled.set(terms, result);
  return result;
}

// Text that is already a link, a heading or code keeps its words as they are.
const untouchable = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'mark', 'script', 'style', 'abbr', 'dfn', 'button']);

/** Links the first mention of each glossary term in a page's prose to its entry, except on the term's own page. */
export function linkTerms(html: string, terms: Term[], currentHref: string): string {
  const { patterns, termOf } = compile(terms);
  const linked = new Set<Term>(terms.filter((term) => term.href === currentHref));
  if (linked.size === terms.length) return html;
  const tree: Root = fromHtml(html, { fragment: true });

  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (ancestors.some((ancestor) => ancestor.type === 'element' && untouchable.has(ancestor.tagName))) return;
    const mentions = patterns
      .flatMap((pattern) => [...node.value.matchAll(pattern)])
      .map((match) => ({ start: match.index, end: match.index + match[0].length, term: termOf.get(match[0].toLowerCase())! }))
      .sort((a, b) => a.start - b.start);
    const pieces: ElementContent[] = [];
    let at = 0;
    for (const mention of mentions) {
      if (mention.start < at || linked.has(mention.term)) continue;
      linked.add(mention.term);
      pieces.push({ type: 'text', value: node.value.slice(at, mention.start) });
      pieces.push({
        type: 'element',
        tagName: 'a',
        properties: { href: mention.term.href, className: ['term'] },
        children: [{ type: 'text', value: node.value.slice(mention.start, mention.end) }],
      });
      at = mention.end;
    }
    if (pieces.length === 0) return;
    pieces.push({ type: 'text', value: node.value.slice(at) });
    const parent = ancestors.at(-1) as Element | Root;
    const index = parent.children.indexOf(node);
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
  return toHtml(tree);
}
