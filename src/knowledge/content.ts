import { getCollection } from 'astro:content';

import { KnowledgeGraph, type PageKind } from './graph';

/** The collections, queried once per build; pages import from here instead of querying again. */
export const entries = {
  roles: await getCollection('roles'),
  goals: await getCollection('goals'),
  factors: await getCollection('factors'),
  enablers: await getCollection('enablers'),
  sources: await getCollection('sources'),
};

/** The resolved graph: building it fails the build on any broken or repeated reference. */
export const graph = new KnowledgeGraph(entries);

export function entryOf(kind: PageKind, id: string) {
  const entry = entries[kind].find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`There is no ${kind} entry "${id}".`);
  return entry;
}
