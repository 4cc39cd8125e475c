import { describe, expect, it } from 'vitest';

import { loadGuide } from '../support/content';
import { pageAt, rootBuild } from '../support/site';

const { graph } = loadGuide();
const home = pageAt(rootBuild, '/')!;
const figure = home.document.querySelector('figure.guide-model');

describe('the picture of the guide’s model on the home page', () => {
  it('is there, named by its caption', () => {
    expect(figure, 'Place <GuideModel /> on the home page, content/pages/index.mdx').not.toBeNull();
    const caption = figure!.querySelector('figcaption')!;
    expect(figure!.getAttribute('aria-labelledby')).toBe(caption.id);
    expect(caption.text).toMatch(/company context shapes the roles, the roles serve the goals, and every role rests on the enablers/);
  });

  it('draws every factor, role, goal and enabler of the guide as a link to its page', () => {
    for (const [kind, segment] of [
      ['factors', 'factors'],
      ['roles', 'roles'],
      ['goals', 'goals'],
      ['enablers', 'enablers'],
    ] as const) {
      const links = figure!.querySelectorAll(`[data-kind="${kind}"] li a`);
      expect(links.map((a) => a.getAttribute('href'))).toEqual(graph.ids(kind).map((id) => `/${segment}/${id}/`));
      expect(links.map((a) => a.querySelector('.node-title')!.text)).toEqual(graph.nodes(kind).map((node) => node.title));
    }
  });

  it('leads from every box and band name to a page that exists', () => {
    const hrefs = figure!.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBe(4 + ['factors', 'roles', 'goals', 'enablers'].reduce((sum, kind) => sum + graph.ids(kind as 'roles').length, 0));
    expect(hrefs.filter((href) => !pageAt(rootBuild, href))).toEqual([]);
  });

  it('says in words how the bands connect, so no arrow carries meaning alone', () => {
    expect(figure!.querySelectorAll('.connector').map((connector) => connector.text.trim())).toEqual([
      'Company context shapes the roles',
      'Roles serve the goals',
      'Roles rest on the enablers',
    ]);
  });
});
