import { describe, expect, it } from 'vitest';

import { loadGuide } from '../support/content';
import { pageAt, pagesOf, rootBuild } from '../support/site';

const { graph, collections } = loadGuide();
const roles = graph.nodes('roles');
const compare = pageAt(rootBuild, '/compare/')!;

/** The matrix as a reader sees it: activity title → role id → level. */
const matrix = new Map(
  compare.document
    .querySelectorAll('[data-matrix] tbody tr')
    .map((row) => [
      row.querySelector('th')!.text.trim(),
      new Map(row.querySelectorAll('td').map((cell) => [cell.getAttribute('data-role')!, cell.text.trim()])),
    ]),
);
const takesPart = (activity: string, role: string) => matrix.get(activity)?.get(role) !== 'Rarely';
const listUnder = (page: NonNullable<ReturnType<typeof pageAt>>, id: string) =>
  page.document.querySelectorAll(`section[aria-labelledby="${id}"] li > a`).map((a) => a.text.trim());

const pairs = roles.flatMap((first, i) => roles.slice(i + 1).map((second) => ({ first, second, url: `/compare/${first.id}-vs-${second.id}/` })));

describe('the overlap matrix', () => {
  it('rates every role against every activity', () => {
    expect(matrix.size).toBe(graph.ids('activities').length);
    for (const levels of matrix.values()) expect([...levels.keys()]).toEqual(roles.map((role) => role.id));
  });
});

describe('the goal weights', () => {
  it('show for every role how strongly it serves each of the four goals', () => {
    const rows = compare.document.querySelectorAll('[data-goals] tbody tr');
    expect(rows.map((row) => row.querySelector('th')!.text.trim())).toEqual(graph.nodes('goals').map((goal) => goal.title));
    for (const [i, goal] of graph.nodes('goals').entries()) {
      const cells = rows[i]!.querySelectorAll('td').map((cell) => [cell.getAttribute('data-role'), cell.text.trim().toLowerCase()]);
      expect(cells).toEqual(roles.map((role) => [role.id, graph.emphasis(role.id, goal.id)]));
    }
  });
});

describe.each(pairs)('the $url page', ({ first, second, url }) => {
  const page = pageAt(rootBuild, url);
  const take = collections.comparisons.find((comparison) => comparison.id === `${first.id}-vs-${second.id}`);

  it('exists and names both roles', () => {
    expect(page?.document.querySelector('h1')?.text).toBe(`${first.title} vs ${second.title}`);
  });

  it('leads with its written take: the one test that tells them apart, and how to move from one to the other', () => {
    expect(take, `content/comparisons/${first.id}-vs-${second.id}.mdx`).toBeDefined();
    expect(page?.document.querySelector('.test')?.text.replace(/\s+/g, ' ').trim()).toBe(`The test: ${take!.data.test}`);
    const headings = page?.document.querySelectorAll('main h2').map((heading) => heading.text.trim()) ?? [];
    expect(headings.filter((heading) => heading.startsWith('Moving from '))).toHaveLength(2);
  });

  it('shows how strongly each role serves every goal', () => {
    const rows = page?.document.querySelectorAll('table.goal-emphasis tbody tr') ?? [];
    expect(rows.map((row) => row.querySelectorAll('td').map((cell) => cell.querySelector('strong')?.text.replace('.', '').toLowerCase()))).toEqual(
      graph.nodes('goals').map((goal) => [graph.emphasis(first.id, goal.id), graph.emphasis(second.id, goal.id)]),
    );
  });

  it('agrees with the matrix on shared and one-sided activities', () => {
    const activities = [...matrix.keys()];
    expect(listUnder(page!, 'activities-they-share')).toEqual(activities.filter((a) => takesPart(a, first.id) && takesPart(a, second.id)));
    expect(listUnder(page!, 'only-first')).toEqual(activities.filter((a) => takesPart(a, first.id) && !takesPart(a, second.id)));
    expect(listUnder(page!, 'only-second')).toEqual(activities.filter((a) => !takesPart(a, first.id) && takesPart(a, second.id)));
  });
});

describe('the overlap picture', () => {
  it('is drawn as SVG at build time, with a line for every pair that shares an activity', () => {
    const svg = compare.document.querySelector('figure.overlap svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const sharing = pairs.filter(({ first, second }) => [...matrix.keys()].some((a) => takesPart(a, first.id) && takesPart(a, second.id)));
    expect(svg.querySelectorAll('line')).toHaveLength(sharing.length);
  });

  it('gives the same counts in its text equivalent as the matrix', () => {
    const items = compare.document.querySelectorAll('figure.overlap + ul li');
    for (const item of items) {
      const href = item.querySelector('a')!.getAttribute('href')!;
      const pair = pairs.find((candidate) => candidate.url === href)!;
      const shared = [...matrix.keys()].filter((a) => takesPart(a, pair.first.id) && takesPart(a, pair.second.id));
      expect(item.querySelector('span')!.text).toBe(`${shared.length} shared: ${shared.join(', ')}`);
    }
  });
});

describe('glossary links', () => {
  it('link the first mention of a term in the prose to its entry, once per page', () => {
    let linked = 0;
    for (const page of pagesOf(rootBuild)) {
      const hrefs = page.document.querySelectorAll('a.term').map((a) => a.getAttribute('href'));
      expect(new Set(hrefs).size, page.url).toBe(hrefs.length);
      linked += hrefs.length;
    }
    expect(linked).toBeGreaterThan(50);
    expect(
      pageAt(rootBuild, '/roles/sre/')!
        .document.querySelectorAll('a.term')
        .map((a) => a.getAttribute('href')),
    ).toContain('/glossary/error-budget/');
  });
});
