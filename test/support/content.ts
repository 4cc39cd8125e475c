import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'astro/zod';
import { parse } from 'yaml';

import { proseKinds, type CollectionName } from '../../src/knowledge/collections';
import { KnowledgeGraph, type RawCollections } from '../../src/knowledge/graph';
import { entriesInFiles, parseEntryMap } from '../../src/knowledge/loaders';
import { collectionSchemas } from '../../src/knowledge/schemas';

/** Astro's `reference()` without Astro: an id becomes `{ id, collection }`, unchecked, as in Astro. */
export const fakeReference = (collection: CollectionName) => z.string().transform((id) => ({ id, collection }));

export const schemas = collectionSchemas(fakeReference);

export interface ContentFile {
  kind: (typeof proseKinds)[number];
  id: string;
  filePath: string;
  frontmatter: unknown;
  body: string;
}

/** Reads every entry page in content/ the way the glob loader does: YAML frontmatter (dates as dates), then the MDX body. */
export function readContentFiles(root = 'content'): ContentFile[] {
  return proseKinds.flatMap((kind) =>
    readdirSync(join(root, kind))
      .filter((name) => /^[^_].*\.mdx?$/.test(name))
      .map((name) => {
        const filePath = `${root}/${kind}/${name}`;
        const text = readFileSync(filePath, 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!match) throw new Error(`${filePath} has no frontmatter block.`);
        return {
          kind,
          id: name.replace(/\.mdx?$/, ''),
          filePath,
          frontmatter: parse(match[1] ?? '', { customTags: ['timestamp'] }),
          body: match[2] ?? '',
        };
      }),
  );
}

/** The real guide's graph, validated by the same schemas and resolver as the build. */
export function loadGuide(root = 'content') {
  const files = readContentFiles(root);
  const sourcesPath = `${root}/sources.yaml`;
  const sources = Object.entries(parseEntryMap(sourcesPath, readFileSync(sourcesPath, 'utf8'))).map(([id, data]) => ({
    id,
    filePath: sourcesPath,
    data: schemas.sources.parse(data),
  }));
  const findings = entriesInFiles(`${root}/findings`).map(({ id, data, filePath }) => ({ id, filePath, data: schemas.findings.parse(data) }));
  const collections = { sources, findings } as unknown as RawCollections;
  for (const kind of proseKinds) {
    (collections[kind] as unknown[]) = files
      .filter((file) => file.kind === kind)
      .map((file) => ({ id: file.id, filePath: file.filePath, body: file.body, data: schemas[kind].parse(file.frontmatter) }));
  }
  return { files, collections, graph: new KnowledgeGraph(collections) };
}
