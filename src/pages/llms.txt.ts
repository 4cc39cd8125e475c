import type { APIRoute } from 'astro';

import { graph } from '../knowledge/content';
import { collectionNames, kindLabels } from '../knowledge/collections';
import { entryPath, withBase } from '../knowledge/urls';

/** The guide in the llms.txt format: what it is, then every entry (pair takes and findings too) as a link with its one line. */
export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => new URL(path, site).href;
  const sections = collectionNames.map(
    (kind) =>
      `## ${kindLabels[kind].plural}\n\n` +
      graph
        .nodes(kind)
        .map((node) => `- [${node.title}](${url(entryPath(kind, node.id))}): ${node.summary}`)
        .join('\n'),
  );
  const text = [
    '# Ops Atlas',
    `> What ${new Intl.ListFormat('en-GB').format(graph.nodes('roles').map((role) => role.title))} really do, where they overlap, which goals they serve and how company context shapes them.`,
    `Every collection is also available as JSON with its relations, such as ${url(withBase('api/roles.json'))}. The overlap of the roles is at ${url(withBase('compare/'))}.`,
    ...sections,
  ].join('\n\n');
  return new Response(`${text}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
