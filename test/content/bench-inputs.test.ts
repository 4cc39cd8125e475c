import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { proseKinds } from '../../src/knowledge/collections';
import { KnowledgeGraph, type RawCollections } from '../../src/knowledge/graph';
import { parseEntryMap } from '../../src/knowledge/loaders';
import { decodeAdvert } from '../../src/tools/decoder';
import { decoderInputs } from '../bench/decoder-inputs.mjs';
import { searchBench } from '../bench/search-inputs.mjs';
import { searchQueries } from '../browser/search-queries';
import { syntheticEntry, syntheticRoles } from '../bench/synthetic-entries.mjs';
import { loadGuide, schemas } from '../support/content';

// A benchmark nothing runs rots: these tests feed each benchmark's inputs through the code they measure, without a build,
// so a schema or rule change that would break `npm run bench` or the decoder benchmarks fails `npm test` instead.
describe("the build-at-scale benchmark's synthetic entries", () => {
  const { collections } = loadGuide();
  // Enough entries to reach every collection the benchmark writes, roles included.
  const entries = Array.from({ length: syntheticRoles + 12 }, (_, i) => syntheticEntry(i));

  it.each(entries.filter((entry) => entry.kind !== 'sources'))('$id ($kind) passes its collection’s schema', ({ kind, text }) => {
    const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!, { customTags: ['timestamp'] });
    expect(() => schemas[kind as (typeof proseKinds)[number]].parse(frontmatter)).not.toThrow();
  });

  it('joins the real guide without a broken reference or an undecided responsibility matrix', () => {
    const grown = Object.fromEntries(Object.entries(collections).map(([kind, list]) => [kind, [...list]])) as RawCollections;
    for (const { kind, id, text } of entries) {
      if (kind === 'sources') {
        for (const [source, data] of Object.entries(parseEntryMap('content/sources.yaml', text)))
          grown.sources.push({ id: source, filePath: 'content/sources.yaml', data: schemas.sources.parse(data) });
        continue;
      }
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const data = schemas[kind as (typeof proseKinds)[number]].parse(parse(frontmatter, { customTags: ['timestamp'] }));
      (grown[kind as (typeof proseKinds)[number]] as unknown[]).push({ id, filePath: `content/${kind}/${id}.mdx`, body, data });
    }
    expect(() => new KnowledgeGraph(grown)).not.toThrow();
  });
});

describe("the decoder benchmarks' adverts", () => {
  const { collections } = loadGuide();
  const roles = collections.roles.map((role) => ({ id: role.id, title: role.data.title, signals: role.data.signals }));

  it.each(decoderInputs.map(([name, text]) => ({ name, text: text ?? '' })))('$name is ranked, as the benchmark expects', ({ text }) => {
    expect(decodeAdvert(text, roles).kind).toBe('ranked');
  });
});

describe("the search benchmark's inputs", () => {
  it('open a page of the guide and type queries the search-quality suite checks', () => {
    const [, kind, id] = searchBench.page.split('/');
    expect(loadGuide().collections[kind as 'roles'].some((entry) => entry.id === id)).toBe(true);
    const checked = searchQueries.map(({ query }) => query.toLowerCase());
    expect(searchBench.queries.filter((query) => !checked.includes(query))).toEqual([]);
  });
});
