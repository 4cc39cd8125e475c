import { describe, expect, it } from 'vitest';

import { loadGuide } from '../support/content';
import { pageAt, pagesOf, rootBuild } from '../support/site';

const { graph } = loadGuide();

describe('a reading path’s banners', () => {
  it.each(graph.nodes('paths').map((path) => path.id))(
    '%s: every step’s foot banner repeats its top one, and only that path’s link reveals it',
    (id) => {
      const steps = pageAt(rootBuild, `/paths/${id}/`)!
        .document.querySelectorAll('main ol.link-list > li > a')
        .map((a) => a.getAttribute('href')!);
      for (const href of steps) {
        const [address, anchor] = href.split('#');
        const page = pageAt(rootBuild, address!)!;
        const tops = page.document.querySelectorAll('nav.path-top');
        const feet = page.document.querySelectorAll('nav.path-foot');
        const k = tops.findIndex((nav) => nav.id === anchor);
        // The k-th foot banner shows with the k-th top one (PathNext.astro), so they must come in the same order.
        expect(feet[k]?.innerHTML, href).toBe(tops[k]?.innerHTML);
        expect(feet[k]?.getAttribute('aria-label')).toBe(`${tops[k]?.getAttribute('aria-label')}, end of page`);
        // Hidden in the HTML itself, so a page read without the guide's styles shows no path's "next".
        expect([tops[k]?.hasAttribute('hidden'), feet[k]?.hasAttribute('hidden')]).toEqual([true, true]);
      }
    },
  );

  it('puts no page on more paths than the banners’ four rules cover', () => {
    const most = Math.max(...pagesOf(rootBuild).map((page) => page.document.querySelectorAll('nav.path-top').length));
    expect(most, 'add a rule for the fifth path in PathNext.astro').toBeLessThanOrEqual(4);
  });

  it('leave every page on no path without a banner', () => {
    const offPath = pagesOf(rootBuild).filter((page) => !page.html.includes('class="path-steps'));
    expect(offPath.length).toBeGreaterThan(0);
    expect(offPath.filter((page) => page.document.querySelector('nav.path-foot')).map((page) => page.url)).toEqual([]);
  });
});
