import { join } from 'node:path';

import { compile } from '@mdx-js/mdx';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';

import { refuseEmbeddedCode } from '../../src/integrations/embedded-code';

const cwd = process.cwd();
const file = join(cwd, 'content/glossary/aiops.mdx');
// Astro blanks a Markdown file's frontmatter before rendering it, keeping its lines so that line numbers stay the file's.
const blankedFrontmatter = '\n\n\n\n';

/** What compiling this MDX body as a content file says: undefined when it is accepted. */
async function mdxRefusal(body: string): Promise<string | undefined> {
  try {
    await compile({ value: `${body}\n`, path: file, cwd }, { remarkPlugins: [refuseEmbeddedCode] });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What rendering this Markdown body as a `.md` content file says, as Astro renders one. */
async function markdownRefusal(body: string): Promise<string | undefined> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [refuseEmbeddedCode] });
  try {
    await processor.render(`${blankedFrontmatter}${body}\n`, {
      fileURL: new URL(`file://${join(cwd, 'content/glossary/aiops.md')}`),
      frontmatter: {},
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The guide's refusal: the file and line, what was found, and why, on one line. */
const refusal = (file: string, what: string) => new RegExp(`^${escaped(file)}:\\d+: ${escaped(what)} is not allowed in the guide's content`, 'm');

describe('code written into MDX content', () => {
  it.each([
    ['a script written as an expression', '{<script>{"window.__pwn=7"}</script>}', 'the expression {<script>{"window.__pwn=7"}</script>}'],
    [
      'raw HTML set by an expression',
      '{<Fragment set:html={"<script>window.__pwn=8</script>"} />}',
      'the expression {<Fragment set:html={"<script>window.__p…}',
    ],
    ['the environment read in an expression', 'HOME={process.env.HOME}', 'the expression {process.env.HOME}'],
    [
      'an export that reads a file',
      "export const leak = (await import('node:fs')).readFileSync('/etc/hostname', 'utf8');",
      'an export, which runs code when the page is built',
    ],
    ['an import of a Node built-in', "import { readFileSync } from 'node:fs';", 'an import from "node:fs"'],
    ['an import from outside the project', "import Evil from '/srv/outside/Evil.astro';", 'an import from "/srv/outside/Evil.astro"'],
    [
      'an import that climbs out of the components',
      "import Evil from '../../src/components/../../../outside/Evil.astro';",
      'an import from "../../src/components/../../../outside/Evil.astro"',
    ],
    [
      'a named import from a component file',
      "import { helper } from '../../src/components/Cite.astro';",
      'a named import from "../../src/components/Cite.astro"',
    ],
    ['a meta refresh to another site', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />', 'a raw <meta> element'],
    ['a base address', '<base href="https://evil.example/" />', 'a raw <base> element'],
    ['a form posting elsewhere', '<form action="https://evil.example/"><button>Go</button></form>', 'a raw <form> element'],
    ['a stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css" />', 'a raw <link> element'],
    ['an SVG, which can carry script', '<svg><circle r="5" /></svg>', 'a raw <svg> element'],
    ['a style attribute', '<p style="position:fixed;inset:0;z-index:9999">Your session expired</p>', 'a style attribute on <p>'],
    ['a Markdown javascript: link', '[Read more](javascript:window.__pwn=3)', 'a javascript: address in a Markdown link'],
    ['a JSX javascript: link', '<a href="javascript:window.__pwn=3">Read more</a>', 'a javascript: address in href on <a>'],
    ['a javascript: link with a tab in its scheme', '<a href="java\tscript:alert(1)">Read more</a>', 'a javascript: address in href on <a>'],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x" />', 'a data: address in src on <img>'],
    ['a vbscript: link definition', '[x][y]\n\n[y]: vbscript:msgbox', 'a vbscript: address in a Markdown definition'],
    ['an event handler in any case', '<img src="x.png" alt="x" ONERROR="alert(1)" />', 'the event handler ONERROR on <img>'],
    ['an expression as an attribute value', '<a href={"java" + "script:alert(1)"}>x</a>', 'an expression as the value of href on <a>'],
    ['attributes spread from an expression', '<a {...{ onclick: "alert(1)" }}>x</a>', "an expression spread into <a>'s attributes"],
    ['a ping address', '<a href="/" ping="https://evil.example/">x</a>', 'a ping attribute on <a>'],
    ['a component the file does not import', '<Evil />', 'the component <Evil>, which the file does not import'],
  ])('refuses %s, naming the file, the line and the fix', async (_, body, what) => {
    const message = await mdxRefusal(body);
    expect(message).toMatch(refusal('content/glossary/aiops.mdx', what));
    expect(message).toContain('Fix: ');
  });

  it('accepts what the guide writes: text, the components it imports or is given, links, lists and comments', async () => {
    const body = [
      "import EntryList from '../../src/components/EntryList.astro';",
      '',
      '{/* A comment for the next author. */}',
      '',
      'See <See to="roles/sre">SRE</See> <Cite id="dora-2018" /> and [the report](https://dora.dev/) or [home](/) or [mail](mailto:a@example.com).',
      '',
      '<ul class="link-list"><li><a href="tools/job-decoder/">Decode</a> <span class="why">Why</span></li></ul>',
      '',
      '<EntryList kind="roles" />',
    ].join('\n');
    expect(await mdxRefusal(body)).toBeUndefined();
  });
});

describe('raw HTML in a Markdown content file, parsed as a browser parses it', () => {
  it.each([
    ['a script', '<script>window.__pwn=14</script>', 'a raw <script> element'],
    ['a handler after a slash', '<div>\n<img/src="x"/onerror="window.__pwn=12">\n</div>', 'the event handler onerror on <img>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'a raw <meta> element'],
    ['a style attribute', '<p style="position:fixed;inset:0">Your session expired</p>', 'a style attribute on <p>'],
    ['a javascript: link', '[Read more](javascript:window.__pwn=3)', 'a javascript: address in a Markdown link'],
    ['a javascript: link in HTML with entities', '<a href="&#106;avascript:alert(1)">x</a>', 'a javascript: address in href on <a>'],
  ])('refuses %s', async (_, body, what) => {
    expect(await markdownRefusal(body)).toMatch(refusal('content/glossary/aiops.md', what));
  });
});
