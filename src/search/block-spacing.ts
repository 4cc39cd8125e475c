/**
 * Astro writes adjacent elements with nothing between them, so text read from the HTML joins words that a browser
 * shows apart: a term and its definition ("PublisherPuppet"), a table's header cell and the next cell, a link and the
 * note under it ("DevOpsShares:"). The search index separates the text of block elements itself, but a note is an
 * inline span under its link. A space at those boundaries keeps the words apart in the index, in excerpts and in
 * anything else that reads the page's text, and changes nothing on screen.
 */

/** Elements a browser lays out as boxes of their own, which Astro writes with nothing between them. */
const unmarkedBlocks = [
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'header',
  'ol',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'th',
  'thead',
  'tr',
];

const blockNames = unmarkedBlocks.join('|');
const boundaries = new RegExp(
  [
    // Preformatted text, whose spacing is its meaning, is matched first and kept as it is.
    `(<(pre|textarea|script|style)\\b[\\s\\S]*?</\\2>)`,
    `(</(?:${blockNames})>)(?!\\s)`,
    // Spaced once: not again straight after a block that has just closed.
    `(?<=\\S)(?<!</(?:${blockNames})>)(<(?:${blockNames})\\b)`,
    // In the guide's lists a note follows its link, another note or a sentence, on a line of its own.
    `(?<=</a>|[^>]</span>|[.:])(<span\\b)`,
  ].join('|'),
  'g',
);

/** The HTML with a space at each boundary between blocks that reading its text would otherwise join. */
export function spaceBlocks(html: string): string {
  return html.replace(boundaries, (match, preformatted?: string, _name?: string, closing?: string) =>
    preformatted ? match : closing ? `${closing} ` : ` ${match}`,
  );
}
