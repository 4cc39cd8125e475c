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
/** The activities a pair page's side-by-side table lists under one group's header row. */
const listUnder = (page: NonNullable<ReturnType<typeof pageAt>>, id: string) =>
  page.document
    .querySelector(`th[id="${id}"]`)!
    .closest('tbody')!
    .querySelectorAll('th[scope="row"] a')
    .map((a) => a.text.trim());

const pairs = roles.flatMap((first, i) => roles.slice(i + 1).map((second) => ({ first, second, url: `/compare/${first.id}-vs-${second.id}/` })));

describe('the overlap heat map', () => {
  it('keeps the anchor links made to the picture it replaced, landing on its heading', () => {
    const kept = compare.document.getElementById('the-overlap-picture')!;
    expect(kept.nextElementSibling?.querySelector('h2')?.id).toBe('which-roles-overlap-most');
  });
});

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

  it('sets the activities side by side, each row giving what each role does', () => {
    const rows = page!.document.querySelectorAll('table.pair-activities tbody tr').filter((row) => row.querySelector('th[scope="row"]'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const levels = matrix.get(row.querySelector('th')!.text.trim())!;
      expect(row.querySelectorAll('td').map((cell) => cell.text.trim())).toEqual([levels.get(first.id), levels.get(second.id)]);
    }
  });

  it('agrees with the matrix on shared and one-sided activities', () => {
    const activities = [...matrix.keys()];
    expect(listUnder(page!, 'activities-they-share')).toEqual(activities.filter((a) => takesPart(a, first.id) && takesPart(a, second.id)));
    expect(listUnder(page!, 'only-first')).toEqual(activities.filter((a) => takesPart(a, first.id) && !takesPart(a, second.id)));
    expect(listUnder(page!, 'only-second')).toEqual(activities.filter((a) => !takesPart(a, first.id) && takesPart(a, second.id)));
  });
});

describe('the overlap heat map', () => {
  const table = compare.document.querySelector('table[data-heat-map]')!;
  const columns = table.querySelectorAll('thead th a').map((a) => a.getAttribute('href'));
  const roleAt = (href: string | undefined) => roles.find((role) => `/roles/${role.id}/` === href)!;
  const shortOf = (role: (typeof roles)[number]) => collections.roles.find((entry) => entry.id === role.id)?.data.abbreviation ?? role.title;
  const shared = (first: string, second: string) => [...matrix.keys()].filter((a) => takesPart(a, first) && takesPart(a, second));

  it('names every role in its rows and columns, each a link to the role', () => {
    expect(columns).toEqual(roles.map((role) => `/roles/${role.id}/`));
    expect(table.querySelectorAll('tbody th a').map((a) => a.getAttribute('href'))).toEqual(columns);
  });

  it('prints in every cell the activities both roles take part in, as the matrix rates them, linked to the pair page', () => {
    for (const row of table.querySelectorAll('tbody tr')) {
      const first = roleAt(row.querySelector('th a')?.getAttribute('href'));
      for (const [i, cell] of row.querySelectorAll('td').entries()) {
        const second = roleAt(columns[i]);
        if (first === second) {
          expect(cell.text.replace(/\s+/g, ' ').trim(), first.id).toBe('– Same role');
          continue;
        }
        const pair = pairs.find((candidate) => [candidate.first, candidate.second].every((role) => role === first || role === second))!;
        const link = cell.querySelector('a')!;
        expect(link.getAttribute('href')).toBe(pair.url);
        expect(link.text.replace(/\s+/g, ' ').trim()).toBe(
          `${shared(first.id, second.id).length} shared by ${shortOf(first)} and ${shortOf(second)}`,
        );
      }
    }
  });

  it('shades each cell in the band its legend gives for that count', () => {
    const legend = new Map(
      compare.document.querySelectorAll('.legend .swatch').map((swatch) => {
        const [from, to = from] = swatch.text.trim().split('–').map(Number);
        return [swatch.getAttribute('data-band'), { from: from!, to: to! }];
      }),
    );
    expect(legend.size).toBe(4);
    for (const cell of table.querySelectorAll('td[data-band]')) {
      const count = Number.parseInt(cell.text, 10);
      const band = legend.get(cell.getAttribute('data-band'))!;
      expect(count).toBeGreaterThanOrEqual(band.from);
      expect(count).toBeLessThanOrEqual(band.to);
    }
  });

  it('lists in words which activities each pair shares, with the same counts', () => {
    const items = compare.document.querySelectorAll('.overlap + details li');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const href = item.querySelector('a')!.getAttribute('href')!;
      const pair = pairs.find((candidate) => candidate.url === href)!;
      const activities = shared(pair.first.id, pair.second.id);
      expect(item.querySelector('span')!.text).toBe(`${activities.length} shared: ${activities.join(', ')}`);
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
