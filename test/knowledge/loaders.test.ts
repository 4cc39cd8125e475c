import { describe, expect, it } from 'vitest';

import { parseEntryMap, uniqueIds } from '../../src/knowledge/loaders';

describe('entry ids from file names', () => {
  it('uses the file name as the id', () => {
    expect(uniqueIds('roles')({ entry: 'site-reliability.mdx' })).toBe('site-reliability');
  });

  it('refuses a second file with the same id, naming both files', () => {
    const idOf = uniqueIds('roles');
    idOf({ entry: 'devops.mdx' });
    expect(() => idOf({ entry: 'devops.md' })).toThrow(
      'content/roles/devops.md: duplicate id "devops", already used by content/roles/devops.mdx; rename or remove one of the two files.',
    );
  });

  it('accepts the same file twice, as a dev-server reload does', () => {
    const idOf = uniqueIds('roles');
    idOf({ entry: 'devops.mdx' });
    expect(idOf({ entry: 'devops.mdx' })).toBe('devops');
  });

  it('asks for kebab-case names', () => {
    expect(() => uniqueIds('roles')({ entry: 'Dev Ops.mdx' })).toThrow(/content\/roles\/Dev Ops\.mdx: the file name "Dev Ops" .* kebab-case/);
  });
});

describe('the sources file', () => {
  it('refuses a repeated id', () => {
    const text = 'dora-2018:\n  title: A\ndora-2018:\n  title: B\n';
    expect(() => parseEntryMap('content/sources.yaml', text)).toThrow(
      'content/sources.yaml:3: the file is not valid YAML in entry "dora-2018": Map keys must be unique. Fix: each key may appear once in its map',
    );
  });

  it('refuses a list where a map of ids belongs', () => {
    expect(() => parseEntryMap('content/sources.yaml', '- title: A\n')).toThrow('expected a map of entries keyed by id');
  });
});

describe('a YAML alias bomb in the sources file', () => {
  it('is refused at once, naming the file, the line, the entry and the fix', () => {
    const anchors = ['lol0: &a0 ["lol"]', ...Array.from({ length: 9 }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)];
    const text = `dora-2018:\n  title: Accelerate\nbomb:\n${anchors.map((line) => `  ${line}`).join('\n')}\n`;
    expect(() => parseEntryMap('content/sources.yaml', text)).toThrow(
      `content/sources.yaml:5: the file repeats a value with the YAML alias *a0 in entry "bomb", but the guide's content uses no anchors or aliases, as a few lines of them can stand for millions of values. Fix: write the value out where it is used, and remove the anchor &a0.`,
    );
  });
});
