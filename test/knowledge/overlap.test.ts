import { describe, expect, it } from 'vitest';

import { overlapHeatMap, overlapMatrix, rolePairs } from '../../src/knowledge/overlap';
import { guide } from '../support/fixture';

/** The matrix, the pair comparison and the heat map, all derived from one fixture. */
function derived(change?: Parameters<typeof guide>[0]) {
  const { collections } = guide(change);
  const matrix = overlapMatrix(collections.roles, collections.activities);
  const pair = rolePairs(matrix).find((candidate) => candidate.id === 'devops-vs-sre')!;
  const heatMap = overlapHeatMap(matrix);
  /** The heat map's cell in one role's row and another's column. */
  const cell = (row: string, column: string) => heatMap.rows.find((r) => r.role.id === row)!.cells.find((c) => c.role.id === column)!;
  return { matrix, pair, heatMap, cell };
}

describe('the overlap of two roles', () => {
  const { matrix, pair, cell } = derived();

  it('rates every role against every activity, in reading order', () => {
    expect(matrix.roles.map((role) => role.short)).toEqual(['DevOps', 'Site Reliability Engineering']);
    expect(matrix.activities.map((activity) => [activity.id, activity.levels['devops']?.level, activity.levels['sre']?.level])).toEqual([
      ['incident-response', 'shares', 'owns'],
      ['ci-cd-pipelines', 'owns', 'rarely'],
    ]);
  });

  it('splits activities into shared and one-sided', () => {
    expect(pair.shared.map((activity) => activity.id)).toEqual(['incident-response']);
    expect(pair.onlyFirst.map((activity) => activity.id)).toEqual(['ci-cd-pipelines']);
    expect(pair.onlySecond).toEqual([]);
  });

  it('counts in the heat map the activities both roles take part in, the same from either side, linking to the pair page', () => {
    expect(cell('devops', 'sre')).toMatchObject({ self: false, shared: 1, pairId: 'devops-vs-sre' });
    expect(cell('sre', 'devops')).toMatchObject({ self: false, shared: 1, pairId: 'devops-vs-sre' });
  });

  it('leaves the heat map blank where a role meets itself', () => {
    expect(cell('devops', 'devops').self).toBe(true);
  });

  it('changes the matrix, the pair page and the heat map together when one rating changes', () => {
    const after = derived((raw) => (raw['activities']['ci-cd-pipelines'].roles[1].level = 'shares'));
    expect(after.matrix.activities[1]?.levels['sre']?.level).toBe('shares');
    expect(after.pair.shared.map((activity) => activity.id)).toEqual(['incident-response', 'ci-cd-pipelines']);
    expect(after.pair.onlyFirst).toEqual([]);
    expect(after.cell('devops', 'sre')).toMatchObject({ shared: 2 });
  });

  it('shows a pair that shares nothing as a zero, not a gap', () => {
    const after = derived((raw) => (raw['activities']['incident-response'].roles[0].level = 'rarely'));
    expect(after.pair.shared).toEqual([]);
    expect(after.cell('devops', 'sre')).toMatchObject({ self: false, shared: 0, band: 0 });
  });
});

describe('the shades of the heat map', () => {
  /** A heat map of two roles over a number of activities, the two sharing the first `shared` of them. */
  function sharing(shared: number, activities: number) {
    const roles = [
      { id: 'devops', title: 'DevOps', short: 'DevOps' },
      { id: 'sre', title: 'Site Reliability Engineering', short: 'SRE' },
    ];
    const list = Array.from({ length: activities }, (_, i) => ({
      id: `activity-${i}`,
      title: `Activity ${i}`,
      levels: {
        devops: { level: 'owns' as const, why: '' },
        sre: { level: i < shared ? ('shares' as const) : ('rarely' as const), why: '' },
      },
    }));
    return overlapHeatMap({ roles, activities: list });
  }
  const bandOf = (shared: number, activities: number) => {
    const cell = sharing(shared, activities).rows[0]!.cells[1]!;
    return cell.self ? undefined : cell.band;
  };

  it('split the activities into quarters, and the legend names each with its counts', () => {
    expect(sharing(0, 13).bands.map(({ from, to, label }) => [from, to, label])).toEqual([
      [0, 3, 'Under a quarter'],
      [4, 6, 'A quarter to a half'],
      [7, 9, 'A half to three-quarters'],
      [10, 13, 'Three-quarters or more'],
    ]);
  });

  it('put every count in the band whose range the legend gives for it', () => {
    for (const activities of [1, 2, 5, 13, 20]) {
      const { bands } = sharing(0, activities);
      for (let shared = 0; shared <= activities; shared++) {
        const band = bands.find((candidate) => candidate.band === bandOf(shared, activities));
        expect(band, `${shared} of ${activities}`).toBeDefined();
        expect(shared, `${shared} of ${activities}`).toBeGreaterThanOrEqual(band!.from);
        expect(shared, `${shared} of ${activities}`).toBeLessThanOrEqual(band!.to);
      }
    }
  });

  it('leave out of the legend a band no count can fall in', () => {
    expect(sharing(0, 2).bands.map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});
