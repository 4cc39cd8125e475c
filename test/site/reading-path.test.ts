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
        const top = page.document.getElementById(anchor!)!;
        const foot = page.document.querySelector(`.${anchor}-foot`);
        expect(foot?.innerHTML, href).toBe(top.innerHTML);
        expect(foot?.getAttribute('aria-label')).toBe(`${top.getAttribute('aria-label')}, end of page`);
        // Hidden in the HTML itself, so a page read without the guide's styles shows no path's "next".
        expect([top.hasAttribute('hidden'), foot?.hasAttribute('hidden')]).toEqual([true, true]);
        const rules = page.document.querySelectorAll('head style').map((style) => style.text);
        expect(rules.join('\n'), href).toContain(`body:has(#${anchor}:target) .${anchor}-foot`);
      }
    },
  );

  it('leave every page on no path without a banner or a rule', () => {
    const offPath = pagesOf(rootBuild).filter((page) => !page.html.includes('class="path-steps'));
    expect(offPath.length).toBeGreaterThan(0);
    expect(offPath.filter((page) => page.html.includes('body:has(#path-')).map((page) => page.url)).toEqual([]);
  });
});
