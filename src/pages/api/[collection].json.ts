import type { APIRoute, GetStaticPaths } from 'astro';

import { entries, graph } from '../../knowledge/content';
import { exportEntry } from '../../knowledge/exports';
import { entryPath } from '../../knowledge/urls';
import { collectionNames, type CollectionName } from '../../knowledge/collections';

export const getStaticPaths = (() => collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** Every entry of a collection with its relations, for tools that pull the guide: /api/roles.json. */
export const GET: APIRoute = ({ params, site }) => {
  const collection = params['collection'] as CollectionName;
  const items = (entries[collection] as { id: string; data: unknown }[]).map((entry) =>
    exportEntry(graph.node(collection, entry.id), new URL(entryPath(collection, entry.id), site).href, entry.data),
  );
  return new Response(JSON.stringify({ collection, count: items.length, entries: items }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
