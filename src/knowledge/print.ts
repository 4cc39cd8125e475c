import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * Gives every id in a page's HTML a prefix, and points its #links at the new ids, so several pages
 * can stand in one printable document without two headings sharing an id.
 */
export function prefixIds(html: string, prefix: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    const { id, href, ariaLabelledBy } = node.properties;
    if (typeof id === 'string') node.properties['id'] = `${prefix}-${id}`;
    if (typeof href === 'string' && href.startsWith('#')) node.properties['href'] = `#${prefix}-${href.slice(1)}`;
    if (Array.isArray(ariaLabelledBy)) node.properties['ariaLabelledBy'] = ariaLabelledBy.map((ref) => `${prefix}-${ref}`);
  });
  return toHtml(tree);
}
