import { relative } from 'node:path';

import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** What remark hands a plugin about the file it is compiling. */
interface ContentFile {
  path: string;
  cwd: string;
}

/** An HTML or JSX element written in MDX, such as `<iframe src="…">`. */
interface MdxElement extends Node {
  name: string | null;
  attributes: { type: string; name?: string }[];
}

/** Raw HTML in a Markdown file. */
interface HtmlNode extends Node {
  value: string;
}

/** Elements that would run, style or embed something the guide's own code does not control. */
const refusedElements = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed']);
const eventHandler = /^on[a-z]+$/i;
const rawHtmlProblem = /<\s*(script|style|i?frame|object|embed)\b|\son[a-z]+\s*=/i;

const fix =
  'Fix: remove it. Behaviour or styling belongs in a component in src/components/ with its script or styles in a file there, which the page then imports; an embed becomes a link.';

function problemWith(node: MdxElement): string | undefined {
  const name = node.name ?? '';
  if (refusedElements.has(name.toLowerCase())) return `a raw <${name}> element`;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (eventHandler.test(attribute.name)) return `the event handler ${attribute.name} on <${name}>`;
    if (attribute.name === 'set:html') return `set:html on <${name}>, which inserts raw HTML`;
  }
  return undefined;
}

/**
 * A remark plugin that refuses code written into content: the Content-Security-Policy hashes every inline script and
 * style it finds in the built pages, so without this check "only the guide's own code runs" would hold only while every
 * author is trusted.
 */
export function refuseEmbeddedCode() {
  return (tree: Node, file: ContentFile) => {
    const problems: string[] = [];
    const where = (node: Node) => `${relative(file.cwd, file.path)}:${node.position?.start.line ?? 1}`;
    visit(tree, (node) => {
      let problem: string | undefined;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') problem = problemWith(node as MdxElement);
      else if (node.type === 'html' && rawHtmlProblem.test((node as HtmlNode).value)) problem = `raw HTML that runs or embeds code`;
      if (problem)
        problems.push(`${where(node)}: ${problem} is not allowed in the guide's content, as only the guide's own code may run on its pages.`);
    });
    if (problems.length > 0) throw new Error(`${problems.join('\n')}\n${fix}`);
  };
}
