import { dirname, join, relative, resolve, sep } from 'node:path';

import type { Program } from 'estree';
import type { Element as HtmlElement } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html } from 'property-information';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/**
 * Content is text and the guide's components. This remark plugin refuses everything else an author can write into a
 * `.md` or `.mdx` file: elements that run, style, embed, redirect or submit; event handlers and style attributes;
 * addresses that run code; and the parts of MDX that are code (expressions, exports, imports from anywhere but the
 * guide's components), which would otherwise run at build time with the build's files and environment.
 */

/** What remark hands a plugin about the file it is compiling. */
interface ContentFile {
  path: string;
  cwd: string;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string };
}

/** An HTML or JSX element written in MDX, such as `<iframe src="…">`. */
interface MdxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

/** Raw HTML in a Markdown file, an MDX expression or an MDX import, with the program MDX parsed it into. */
interface ValueNode extends Node {
  value: string;
  data?: { estree?: Program };
}

/** A Markdown link, image or link definition. */
interface AddressNode extends Node {
  url: string;
}

/** The HTML elements content may write: text structure, lists, tables, links and images. */
const allowedElements = new Set(
  [
    'a abbr b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em figcaption figure',
    'h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th',
    'thead time tr u ul var wbr',
  ]
    .join(' ')
    .split(' '),
);

/** Attributes that hold an address, which must not run code when followed. */
const addressAttributes = new Set(['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'background', 'longdesc']);
/** The schemes content may link to; any other (`javascript:`, `data:`, `vbscript:`) is refused. */
const allowedSchemes = new Set(['https', 'http', 'mailto']);

/** The components content may use without importing them: the page renders every entry with them. */
const providedComponents = new Set(['See', 'Cite', 'Finding']);

const elementFix =
  'Fix: remove it. Behaviour or styling belongs in a component in src/components/ with its script or styles in a file there, which the page then imports; an embed becomes a link.';
const codeFix = 'Fix: write the text or value as it is; anything computed belongs in a component in src/components/.';
const importFix = "Fix: import only the guide's components, such as import EntryList from '../../src/components/EntryList.astro';";
const addressFix = 'Fix: link to a page of the guide or to an https:// address.';

interface Problem {
  node: Node;
  what: string;
  fix: string;
}

/** The scheme an address uses, as a browser reads it: it ignores whitespace and control characters inside the scheme. */
function schemeOf(address: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop exactly these before reading the scheme
  const plain = address.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
}

/** What is wrong with one attribute of an element, if anything. */
function attributeProblem(element: string, name: string, value: unknown): { what: string; fix: string } | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return { what: `the event handler ${name} on <${element}>`, fix: elementFix };
  if (lower === 'style') return { what: `a style attribute on <${element}>`, fix: elementFix };
  if (lower === 'set:html') return { what: `set:html on <${element}>, which inserts raw HTML`, fix: elementFix };
  if (lower === 'ping')
    return { what: `a ping attribute on <${element}>`, fix: 'Fix: remove it; a link may not report its clicks to another address.' };
  if (addressAttributes.has(lower) && typeof value === 'string') {
    const scheme = schemeOf(value);
    if (scheme && !allowedSchemes.has(scheme)) return { what: `a ${scheme}: address in ${name} on <${element}>`, fix: addressFix };
  }
  return undefined;
}

/** The name an element is known by, and whether content may write it. */
function elementProblem(name: string, componentNames: ReadonlySet<string>): { what: string; fix: string } | undefined {
  if (/^[A-Z]/.test(name)) {
    if (name === 'Fragment' || componentNames.has(name) || providedComponents.has(name)) return undefined;
    return { what: `the component <${name}>, which the file does not import`, fix: importFix };
  }
  return allowedElements.has(name) ? undefined : { what: `a raw <${name}> element`, fix: elementFix };
}

function problemsWithJsx(node: MdxElement, componentNames: ReadonlySet<string>): Problem[] {
  const name = node.name ?? 'Fragment';
  const problems: Problem[] = [];
  const element = elementProblem(name, componentNames);
  if (element) problems.push({ node, ...element });
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ node, what: `an expression spread into <${name}>'s attributes`, fix: codeFix });
      continue;
    }
    const { value } = attribute;
    const computed = value !== null && typeof value === 'object';
    const problem =
      attributeProblem(name, attribute.name ?? '', computed ? undefined : value) ??
      (computed
        ? { what: `an expression as the value of ${attribute.name ?? ''} on <${name}>`, fix: `${codeFix} Write the value in quotes.` }
        : undefined);
    if (problem) problems.push({ node, ...problem });
  }
  return problems;
}

/** Raw HTML in a Markdown file, parsed as a browser would parse it (`<img/src=x/onerror=…>` included). */
function problemsWithHtml(node: ValueNode): Problem[] {
  const problems: Problem[] = [];
  visit(fromHtml(node.value, { fragment: true }), 'element', (element: HtmlElement) => {
    const problem = elementProblem(element.tagName, new Set());
    if (problem) problems.push({ node, ...problem });
    for (const [property, value] of Object.entries(element.properties)) {
      // hast names properties as the DOM does (onError, httpEquiv); the message names the attribute as written.
      const attribute = attributeProblem(element.tagName, find(html, property).attribute, Array.isArray(value) ? value.join(' ') : value);
      if (attribute) problems.push({ node, ...attribute });
    }
  });
  return problems;
}

/** An MDX `import`: only default imports of `.astro` files inside `src/components/` are content's to use. */
function problemsWithEsm(node: ValueNode, file: ContentFile, componentNames: Set<string>): Problem[] {
  const components = join(resolve(file.cwd), 'src', 'components') + sep;
  const problems: Problem[] = [];
  for (const statement of node.data?.estree?.body ?? []) {
    if (statement.type !== 'ImportDeclaration') {
      const what = statement.type.startsWith('Export')
        ? 'an export, which runs code when the page is built'
        : 'code that runs when the page is built';
      problems.push({ node, what, fix: codeFix });
      continue;
    }
    const from = String(statement.source.value);
    const target = resolve(dirname(file.path), from);
    if (!from.startsWith('.') || !target.startsWith(components) || !target.endsWith('.astro')) {
      problems.push({ node, what: `an import from "${from}"`, fix: importFix });
      continue;
    }
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportDefaultSpecifier') componentNames.add(specifier.local.name);
      else problems.push({ node, what: `a named import from "${from}"`, fix: importFix });
    }
  }
  return problems;
}

const shortened = (code: string) => (code.trim().length > 40 ? `${code.trim().slice(0, 39)}…` : code.trim());

/** An MDX expression (`{…}`) may only be a comment: anything else is code that runs when the page is built. */
const isComment = (node: ValueNode) => (node.data?.estree?.body.length ?? 1) === 0;

export function refuseEmbeddedCode() {
  return (tree: Node, file: ContentFile) => {
    const where = (node: Node) => `${relative(file.cwd, file.path)}:${node.position?.start.line ?? 1}`;
    const componentNames = new Set<string>();
    const problems: Problem[] = [];
    // Imports first, so the components they bring in are known wherever the body uses them.
    visit(tree, 'mdxjsEsm', (node: ValueNode) => void problems.push(...problemsWithEsm(node, file, componentNames)));
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
        problems.push(...problemsWithJsx(node as MdxElement, componentNames));
      else if (node.type === 'html') problems.push(...problemsWithHtml(node as ValueNode));
      else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node as ValueNode))
        problems.push({ node, what: `the expression {${shortened((node as ValueNode).value)}}`, fix: codeFix });
      else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const scheme = schemeOf((node as AddressNode).url);
        if (scheme && !allowedSchemes.has(scheme)) problems.push({ node, what: `a ${scheme}: address in a Markdown ${node.type}`, fix: addressFix });
      }
    });
    if (problems.length === 0) return;
    problems.sort((a, b) => (a.node.position?.start.line ?? 0) - (b.node.position?.start.line ?? 0));
    throw new Error(
      problems
        .map(
          ({ node, what, fix }) =>
            `${where(node)}: ${what} is not allowed in the guide's content, as only the guide's own code may run on its pages. ${fix}`,
        )
        .join('\n'),
    );
  };
}
