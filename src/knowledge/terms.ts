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
  return [...new Set([main!, short, ...aliases].filter((name): name is string => Boolean(name && name.length >= 3)))].sort((a, b) => b.length - a.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Abbreviations match in capitals only ("CAB", not "cab"); other names match in any case. */
const patternOf = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(name)}(?![\\p{L}\\p{N}-])`, name === name.toUpperCase() ? 'u' : 'iu');

// Text that is already a link, a heading or code keeps its words as they are.
const untouchable = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'mark', 'script', 'style', 'abbr', 'dfn', 'button']);

/** Links the first mention of each glossary term in a page's prose to its entry, except on the term's own page. */
export function linkTerms(html: string, terms: Term[], currentHref: string): string {
  const pending = terms
    .filter((term) => term.href !== currentHref)
    .map((term) => ({ href: term.href, patterns: term.names.map(patternOf) }));
  if (pending.length === 0) return html;
  const tree: Root = fromHtml(html, { fragment: true });

  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (ancestors.some((ancestor) => ancestor.type === 'element' && untouchable.has((ancestor as Element).tagName))) return;
    const parent = ancestors.at(-1) as Element | Root;
    const pieces: ElementContent[] = [];
    let rest = node.value;
    for (;;) {
      let first: { index: number; length: number; term: (typeof pending)[number] } | undefined;
      for (const term of pending) {
        for (const pattern of term.patterns) {
          const match = pattern.exec(rest);
          if (match && (!first || match.index < first.index)) first = { index: match.index, length: match[0].length, term };
        }
      }
      if (!first) break;
      pending.splice(pending.indexOf(first.term), 1);
      const mention = rest.slice(first.index, first.index + first.length);
      pieces.push({ type: 'text', value: rest.slice(0, first.index) });
      pieces.push({ type: 'element', tagName: 'a', properties: { href: first.term.href, className: ['term'] }, children: [{ type: 'text', value: mention }] });
      rest = rest.slice(first.index + first.length);
    }
    if (pieces.length === 0) return;
    pieces.push({ type: 'text', value: rest });
    const index = parent.children.indexOf(node);
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
  return toHtml(tree);
}
