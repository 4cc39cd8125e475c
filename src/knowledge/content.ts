import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';

import { collectionNames, type CollectionName } from './collections';

import { KnowledgeGraph, stepTarget } from './graph';
import { overlapMatrix, rolePairs } from './overlap';
import { entryPath } from './urls';
import { namesOf, type Term } from './terms';

/** The collections, queried once per build; pages import from here instead of querying again. */
export const entries = Object.fromEntries(await Promise.all(collectionNames.map(async (name) => [name, await getCollection(name)] as const))) as {
  [K in CollectionName]: CollectionEntry<K>[];
};

/** The resolved graph: building it fails the build on any broken or repeated reference. */
export const graph = new KnowledgeGraph(entries);

/** The roles × activities ratings behind the matrix, the pair pages and the overlap picture. */
export const matrix = overlapMatrix(entries.roles, entries.activities);
export const pairs = rolePairs(matrix);

/** Glossary terms with every name they go by, for linking their mentions in the guide's prose. */
export const terms: Term[] = entries.glossary.map((term) => ({
  href: entryPath('glossary', term.id),
  names: namesOf(term.data.title, term.data.aliases),
}));

/** The pages of a reading path in order, each with why it matters to that reader. */
export function stepsOf(pathId: string) {
  const path = entries.paths.find((entry) => entry.id === pathId);
  if (!path) throw new AstroError(`There is no reading path "${pathId}".`, `Use one of: ${entries.paths.map((entry) => entry.id).join(', ')}.`);
  return path.data.steps.map((step, index) => {
    const { kind, id } = stepTarget(step);
    return { index, kind, id, title: graph.node(kind, id).title, summary: graph.node(kind, id).summary, why: step.why, anchor: `path-${pathId}` };
  });
}
