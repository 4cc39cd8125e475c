import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import { fieldProblems, shown, yamlProblem } from '../../src/knowledge/content-errors';
import { schemas } from '../support/content';
import { rawGuide } from '../support/fixture';

const folder = mkdtempSync(join(tmpdir(), 'content-errors-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const devops = rawGuide()['roles']['devops'] as Record<string, unknown>;

/** Writes a role page with this frontmatter and returns what an author would read for it. */
function roleProblems(change: (data: Record<string, any>) => void) {
  const data = structuredClone(devops);
  change(data);
  const file = join(folder, 'devops.mdx');
  writeFileSync(file, `---\n${stringify(data)}---\n\nThe body.\n`);
  const result = schemas.roles.safeParse(data);
  if (result.success) return [];
  return fieldProblems(file, result.error.issues, data, schemas.roles).map((line) => line.replace(`${file}:`, 'devops.mdx:'));
}

const lineOf = (text: string, field: string) => text.split('\n').findIndex((line) => line.startsWith(`${field}:`)) + 2;

describe('what an author reads for a mistake in a content file', () => {
  it('says a missing field is required, what it is for, where it goes and the line', () => {
    expect(roleProblems((data) => delete data['summary'])).toEqual([
      `devops.mdx:1: field "summary" is missing, and it is required: what it is, in one line, shown in lists and search results and as the page's description. Fix: add "summary:" to the frontmatter (summary must be text.)`,
    ]);
  });

  it('names a missing field inside a list by its place and its parent', () => {
    const [problem] = roleProblems((data) => delete data['serves'][0]['why']);
    expect(problem).toMatch(/^devops\.mdx:\d+: field "serves\[0\].why" is missing, and it is required: the one-line reason the relation is there/);
    expect(problem).toContain('Fix: add "why:" under "serves[0]"');
  });

  it('shows the wrong value beside what the field needs, on the field’s own line', () => {
    const data = { ...devops, order: 'first' };
    const text = stringify(data);
    expect(roleProblems((data) => (data['order'] = 'first'))).toEqual([
      `devops.mdx:${lineOf(text, 'order')}: field "order" is "first", but order must be a whole number, such as 3: the entry's place in the sidebar.`,
    ]);
  });

  it('names a field the collection does not know', () => {
    expect(roleProblems((data) => (data['sumary'] = 'A misspelt field.'))).toEqual([
      expect.stringMatching(/^devops\.mdx:\d+: field "sumary" is not one this collection knows\. Fix: check its spelling, or remove it\.$/),
    ]);
  });

  it('points a bad address in sources.yaml at its entry and line', () => {
    const sources = rawGuide()['sources'] as Record<string, Record<string, unknown>>;
    const id = Object.keys(sources)[0]!;
    sources[id]!['url'] = 'htp://example.org/report';
    const file = join(folder, 'sources.yaml');
    const text = stringify(sources);
    writeFileSync(file, text);
    const result = schemas.sources.safeParse(sources[id]);
    expect(result.success).toBe(false);
    const line = text.split('\n').findIndex((row) => row.includes('htp://')) + 1;
    expect(fieldProblems(file, result.error!.issues, sources[id], schemas.sources, [id])).toEqual([
      `${file}:${line}: field "${id}.url" is "htp://example.org/report", but url must be a full https:// address.`,
    ]);
  });

  it('names the line, the field and a fix for frontmatter that is not YAML', () => {
    const file = join(folder, 'broken.mdx');
    writeFileSync(file, '---\ntitle: SRE\nsummary: "Engineers who run production\norder: 2\n---\n\nThe body.\n');
    expect(yamlProblem(file)).toMatch(
      new RegExp(
        `^${file}:3: the frontmatter is not valid YAML in field "summary": .*quote.*\\. Fix: close the quote or bracket this value opens\\.$`,
      ),
    );
  });

  it('asks for quotes around a value with a colon in it', () => {
    const file = join(folder, 'colon.mdx');
    writeFileSync(file, '---\ntitle: SRE\nsummary: Engineers: they run production\norder: 2\n---\n');
    expect(yamlProblem(file)).toMatch(new RegExp(`^${file}:3: the frontmatter is not valid YAML in field "summary": .* Fix: .*double quotes`));
  });

  it('has nothing to say about good YAML', () => {
    const file = join(folder, 'good.mdx');
    writeFileSync(file, '---\ntitle: SRE\norder: 2\n---\n');
    expect(yamlProblem(file)).toBeUndefined();
  });
});

/** Ten anchors, each a list of nine of the one before: a few lines that stand for 9^9 (387 million) strings. */
const aliasBomb = (indent: string) =>
  ['lol0: &a0 ["lol"]', ...Array.from({ length: 9 }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)]
    .map((line) => `${indent}${line}`)
    .join('\n');

describe('a YAML alias bomb', () => {
  it('in frontmatter is refused at once, naming the file, the line, the field and the fix', () => {
    const file = join(folder, 'bomb.mdx');
    writeFileSync(file, `---\ntitle: AIOps\nx-anchors:\n${aliasBomb('  ')}\naliases:\n  - *a9\n---\n`);
    expect(yamlProblem(file)).toBe(
      `${file}:5: the frontmatter repeats a value with the YAML alias *a0 in field "x-anchors", but the guide's content uses no anchors or aliases, as a few lines of them can stand for millions of values. Fix: write the value out where it is used, and remove the anchor &a0.`,
    );
  });

  it('never has its values written out whole in a message', () => {
    let bomb: unknown = 'lol';
    for (let level = 0; level < 12; level++) bomb = Array(9).fill(bomb);
    expect(shown(bomb)).toBe('[[[[[[[[[[[["lol","lol","lol","lol","lol","lol","lol","lol","lol"],["lol","lo…');
  });
});
