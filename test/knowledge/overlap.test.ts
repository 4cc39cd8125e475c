import { describe, expect, it } from 'vitest';

import { diagramLayout, overlapMatrix, rolePairs } from '../../src/knowledge/overlap';
import { guide } from '../support/fixture';

/** The matrix, the pair comparison and the picture, all derived from one fixture. */
function derived(change?: Parameters<typeof guide>[0]) {
  const { collections } = guide(change);
  const matrix = overlapMatrix(collections.roles, collections.activities);
  const pair = rolePairs(matrix).find((candidate) => candidate.id === 'devops-vs-sre')!;
  const edge = diagramLayout(matrix).edges.find((candidate) => candidate.id === 'devops-vs-sre');
  return { matrix, pair, edge };
}

describe('the overlap of two roles', () => {
  const { matrix, pair, edge } = derived();

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

  it('draws a line as thick as the shared activities', () => {
    expect(edge?.shared).toBe(1);
  });

  it('changes the matrix, the pair page and the picture together when one rating changes', () => {
    const after = derived((raw) => (raw['activities']['ci-cd-pipelines'].roles[1].level = 'shares'));
    expect(after.matrix.activities[1]?.levels['sre']?.level).toBe('shares');
    expect(after.pair.shared.map((activity) => activity.id)).toEqual(['incident-response', 'ci-cd-pipelines']);
    expect(after.pair.onlyFirst).toEqual([]);
    expect(after.edge?.shared).toBe(2);
  });

  it('draws no line between roles that share nothing', () => {
    const after = derived((raw) => (raw['activities']['incident-response'].roles[0].level = 'rarely'));
    expect(after.pair.shared).toEqual([]);
    expect(after.edge).toBeUndefined();
  });
});
