import { getCollection } from 'astro:content';

import { KnowledgeGraph } from './graph';
import { overlapMatrix, rolePairs } from './overlap';
import { entryPath } from './paths';
import { namesOf, type Term } from './terms';

/** The collections, queried once per build; pages import from here instead of querying again. */
export const entries = {
  roles: await getCollection('roles'),
  goals: await getCollection('goals'),
  factors: await getCollection('factors'),
  enablers: await getCollection('enablers'),
  activities: await getCollection('activities'),
  glossary: await getCollection('glossary'),
  comparisons: await getCollection('comparisons'),
  sources: await getCollection('sources'),
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
