import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse as parseComponent } from '@astrojs/compiler-rs';
import type { AstroIntegration } from 'astro';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

import { htmlFiles } from './built-pages';

const pagesAtOnce = 16;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline code the guide's own components emit, which alone the policy lets run: the scripts Astro bundles and then
 * writes into the page (recorded as the bundler makes them), and the `is:inline` scripts written in the guide's and
 * Starlight's components (read from their source). Anything else inline on a page came from somewhere else, such as
 * content, and is neither hashed nor published.
 */
export interface OwnCode {
  scripts: Set<string>;
}

/** A style attribute the guide's components write: they pass values to the stylesheets as custom properties only. */
const setsOnlyCustomProperties = (style: string) =>
  style
    .split(';')
    .map((declaration) => declaration.trim())
    .every((declaration) => declaration === '' || /^--[\w-]+\s*:/.test(declaration));

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

const attributeOf = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;
const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');

/** Every element below a node, in document order, including those in a `<template>`, which a script may clone into the page. */
function* elementsOf(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elementsOf(child.tagName === 'template' && 'content' in child ? child.content : child);
  }
}

const shortened = (text: string) => {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

/**
 * The policy one page needs: its own files, plus the hash of every inline script and style attribute the guide's own
 * code put there. The page is parsed as a browser parses it, so text that only looks like a script (inside `<title>` or
 * an attribute) is never hashed. Inline code that is not the guide's is listed in `foreign`, for the build to refuse.
 */
export function policyFor(html: string, directives: readonly string[], own: OwnCode): { policy: string; foreign: string[] } {
  const scripts = new Set<string>();
  const styleAttributes = new Set<string>();
  const foreign: string[] = [];
  // parse5 is the parser hast and jsdom build on; its own tree, without source positions, is all this check needs.
  for (const element of elementsOf(parse(html))) {
    const style = attributeOf(element, 'style');
    if (style !== undefined) {
      if (setsOnlyCustomProperties(style)) styleAttributes.add(sha256(style));
      else foreign.push(`a style attribute on <${element.tagName}> ("${shortened(style)}")`);
    }
    if (element.tagName === 'style') foreign.push(`a <style> element ("${shortened(textOf(element))}"); the guide writes its styles to files`);
    if (element.tagName !== 'script' || attributeOf(element, 'src') !== undefined) continue;
    const code = textOf(element);
    if (own.scripts.has(code.trim())) scripts.add(sha256(code));
    else foreign.push(`an inline script that none of the guide's components emits ("${shortened(code)}")`);
  }
  const policy = [
    ...directives,
    // Pagefind's search runs as WebAssembly, which a policy must allow to compile; nothing wider than that is allowed.
    `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].join(' ')}`.trim(),
    "style-src 'self'",
    styleAttributes.size > 0 ? `style-src-attr 'unsafe-hashes' ${[...styleAttributes].join(' ')}` : "style-src-attr 'none'",
  ].join('; ');
  return { policy, foreign };
}

/** Every `.astro` file below a folder. */
async function componentFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { withFileTypes: true, recursive: true });
  return found.filter((entry) => entry.isFile() && entry.name.endsWith('.astro')).map((entry) => join(entry.parentPath, entry.name));
}

/** Where a package is installed, found as Node finds it: in the nearest node_modules up from the project. */
function packageFolder(root: string, name: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const folder = join(dir, 'node_modules', name);
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed; run npm ci.`);
  }
}

interface JsxNode {
  type?: string;
  openingElement?: { name?: { name?: string }; attributes?: { name?: { name?: string } }[]; end: number };
  closingElement?: { start: number } | null;
}

/** The bodies of a component's `<script is:inline>` elements, which Astro writes into the page as they are. */
export function inlineScriptsOf(source: string): string[] {
  const bodies: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const element = node as JsxNode;
    if (
      element.type === 'JSXElement' &&
      element.openingElement?.name?.name === 'script' &&
      element.openingElement.attributes?.some((attribute) => attribute.name?.name === 'is:inline') &&
      element.closingElement
    )
      bodies.push(source.slice(element.openingElement.end, element.closingElement.start).trim());
    Object.values(node).forEach(walk);
  };
  walk(parseComponent(source).ast);
  return bodies;
}

/** Adds a hash-based Content-Security-Policy `<meta>` to every built page, and refuses a page with inline code not the guide's. */
export function contentSecurityPolicy(directives: readonly string[]): AstroIntegration {
  const own: OwnCode = { scripts: new Set() };
  let root = process.cwd();
  return {
    name: 'ops-atlas:content-security-policy',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'ops-atlas:own-scripts',
                applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
                // Before Astro moves small scripts into the pages (and out of the bundle), as their trimmed code.
                generateBundle: {
                  order: 'pre',
                  handler(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
                    for (const output of Object.values(bundle)) if (output.type === 'chunk' && output.code) own.scripts.add(output.code.trim());
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:start': async () => {
        const starlight = packageFolder(root, '@astrojs/starlight');
        const components = [...(await componentFiles(join(root, 'src'))), ...(await componentFiles(join(starlight, 'dist')))];
        for (const file of components) for (const body of inlineScriptsOf(await readFile(file, 'utf8'))) own.scripts.add(body);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await htmlFiles(out);
        const refused: string[] = [];
        const addPolicy = async (file: string) => {
          const html = await readFile(file, 'utf8');
          const { policy, foreign } = policyFor(html, directives, own);
          refused.push(...foreign.map((what) => `${relative(out, file)}: ${what}`));
          const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
          const withPolicy = html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => charset + meta);
          if (withPolicy === html) throw new Error(`${file}: no <meta charset="utf-8"> to place the Content-Security-Policy after.`);
          await writeFile(file, withPolicy);
        };
        // A few pages at a time: reading every page at once would hold the whole site in memory twice over.
        for (let start = 0; start < files.length; start += pagesAtOnce) await Promise.all(files.slice(start, start + pagesAtOnce).map(addPolicy));
        if (refused.length > 0)
          throw new Error(
            `${refused.join('\n')}\nOnly the guide's own components may put code on a page, and these pages carry code that is not theirs, so their policy would block it. Fix: find the content or component that writes it; a script or style belongs in a file in src/components/.`,
          );
        logger.info(`Content-Security-Policy added to ${files.length} pages.`);
      },
    },
  };
}
