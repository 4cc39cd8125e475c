import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

import { graph } from './knowledge/content';
import { kindLabels, sidebarKinds } from './knowledge/collections';
import { collectionPath, entryPath, withBase } from './knowledge/urls';
import { withTitleAsText } from './knowledge/page-head';
import { previewImagePath, previews } from './knowledge/previews';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

const link = (label: string, href: string, current: string): SidebarLink => ({
  type: 'link',
  label,
  href,
  isCurrent: href === current,
  badge: undefined,
  attrs: {},
});

/** The sidebar comes from the knowledge graph, so a new entry appears in it without editing config. */
function sidebarFor(current: string): SidebarEntry[] {
  return [
    link('About this guide', withBase('about/'), current),
    link('Reading paths', collectionPath('paths'), current),
    link('Search the guide', withBase('search/'), current),
    link('Compare the roles', withBase('compare/'), current),
    {
      type: 'group',
      label: 'Tools',
      collapsed: false,
      badge: undefined,
      entries: [
        link('Job advert decoder', withBase('tools/job-decoder/'), current),
        link('Company-context self-check', withBase('tools/self-check/'), current),
      ],
    },
    ...sidebarKinds('entries').map((kind): SidebarEntry => ({
      type: 'group',
      label: kindLabels[kind].plural,
      collapsed: false,
      badge: undefined,
      entries: [
        link(`All ${kindLabels[kind].plural.toLowerCase()}`, collectionPath(kind), current),
        ...graph.nodes(kind).map((node) => link(node.title, entryPath(kind, node.id), current)),
      ],
    })),
    ...sidebarKinds('index').map((kind) => link(kindLabels[kind].plural, collectionPath(kind), current)),
  ];
}

const linksIn = (entries: SidebarEntry[]): SidebarLink[] => entries.flatMap((entry) => (entry.type === 'link' ? [entry] : linksIn(entry.entries)));

const previewAt = new Map(previews.map((preview) => [withBase(preview.path), preview]));

/** Each page's own preview image, for the card chat tools and wikis show when its link is pasted. */
function previewTags(pathname: string, site: URL | undefined): StarlightRouteData['head'] {
  const preview = previewAt.get(pathname.replace(/\/?$/, '/'));
  if (!preview) throw new Error(`${pathname} has no link preview: add it to src/knowledge/previews.ts.`);
  const image = new URL(withBase(previewImagePath(preview.path)), site).href;
  const alt = `${preview.kind}: ${preview.title}`;
  return [
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
  ];
}

/** The not-found page is served at every missing address, so it names no address of its own to index or share. */
const withoutOwnAddress = (head: StarlightRouteData['head']) =>
  head.filter((tag) => !(tag.tag === 'link' && tag.attrs?.['rel'] === 'canonical') && !(tag.tag === 'meta' && tag.attrs?.['property'] === 'og:url'));

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.head = withTitleAsText(route.head);
  if (route.id === '404') route.head = withoutOwnAddress(route.head);
  // The dev server shows the not-found page at the missing address itself; a build writes it once, to /404/.
  route.head.push(...previewTags(route.id === '404' ? withBase('404/') : context.url.pathname, context.site));
  route.sidebar = sidebarFor(context.url.pathname);
  const links = linksIn(route.sidebar);
  const here = links.findIndex((entry) => entry.isCurrent);
  route.pagination = here === -1 ? { prev: undefined, next: undefined } : { prev: links[here - 1], next: links[here + 1] };
});
