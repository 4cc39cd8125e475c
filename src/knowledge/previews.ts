import { getCollection } from 'astro:content';

import { entries, graph, pairs } from './content';
import { kindLabels, listedKinds } from './collections';
import { entryPath } from './urls';

/** What a page's link preview shows: its kind, its title and one line. */
export interface Preview {
  /** The page's address without the base path, such as "roles/devops/" ("" for the home page). */
  path: string;
  kind: string;
  title: string;
  line: string;
}

const withoutBase = (href: string) => href.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length);

/** Every page of the guide, each with its preview: one list, so no page can be missed. */
export const previews: Preview[] = [
  ...(await getCollection('docs')).map((page) => ({
    path: page.id === 'index' ? '' : `${page.id}/`,
    kind: 'Guide',
    title: page.data.title,
    line: page.data.description ?? '',
  })),
  ...listedKinds.flatMap((kind) =>
    graph
      .nodes(kind)
      .map((node) => ({ path: withoutBase(entryPath(kind, node.id)), kind: kindLabels[kind].singular, title: node.title, line: node.summary })),
  ),
  ...pairs.map((pair) => ({
    path: withoutBase(entryPath('comparisons', pair.id)),
    kind: 'Comparison',
    title: `${pair.first.title} vs ${pair.second.title}`,
    line: `${pair.shared.length} shared activities, and what only one of them does.`,
  })),
  ...entries.paths.map((path) => ({
    path: `paths/${path.id}/print/`,
    kind: 'Reading path',
    title: `${path.data.title}: the whole path`,
    line: path.data.summary,
  })),
  {
    path: 'compare/',
    kind: 'Guide',
    title: 'Compare the roles',
    line: 'Who owns, shares or rarely touches each activity, and where the roles meet.',
  },
  {
    path: 'findings/',
    kind: 'Guide',
    title: 'Findings',
    line: 'Every figure and finding the guide states, with its source, where in it and the pages that use it.',
  },
  { path: 'search/', kind: 'Guide', title: 'Search the guide', line: 'Search for a role, goal, tool or term, and share the search.' },
  {
    path: 'tools/job-decoder/',
    kind: 'Tool',
    title: 'Job advert decoder',
    line: 'Paste a job advert and see which role its duties describe, whatever its title says.',
  },
  {
    path: 'tools/self-check/',
    kind: 'Tool',
    title: 'Company-context self-check',
    line: 'Five questions about your company, and the mix of roles that fits it.',
  },
];

/** Where a page's preview image is published: /og/roles/devops.png, /og/index.png for the home page. */
export const previewImagePath = (path: string) => `og/${path.replace(/\/$/, '') || 'index'}.png`;
