import { describe, expect, it } from 'vitest';

import { overviewLabels, placeInPath, type PathStep } from '../../src/knowledge/path-steps';

const path = { id: 'newcomer', title: 'Newcomer' };
const steps: PathStep[] = [
  { kind: 'roles', id: 'devops', title: 'DevOps', anchor: 'path-newcomer' },
  { kind: 'roles', id: 'sre', title: 'Site Reliability Engineering', anchor: 'path-newcomer' },
  { kind: 'glossary', id: 'toil', title: 'Toil', anchor: 'path-newcomer' },
];

describe('a page’s place in a reading path', () => {
  it('names the step and links the steps either side, back into the path', () => {
    expect(placeInPath(path, steps, 'roles', 'sre')).toEqual({
      anchor: 'path-newcomer',
      pathTitle: 'Newcomer',
      pathHref: '/paths/newcomer/',
      position: 2,
      total: 3,
      previous: { href: '/roles/devops/#path-newcomer', label: 'Previous: DevOps', rel: 'prev' },
      next: { href: '/glossary/toil/#path-newcomer', label: 'Next: Toil', rel: 'next' },
    });
  });

  it('leads back to the path’s own page before the first step and after the last, never to a step that is not there', () => {
    const first = placeInPath(path, steps, 'roles', 'devops');
    expect(first.previous).toEqual({ href: '/paths/newcomer/', label: overviewLabels.previous });
    expect(first.next.label).toBe('Next: Site Reliability Engineering');
    const last = placeInPath(path, steps, 'glossary', 'toil');
    expect([last.position, last.total]).toEqual([3, 3]);
    expect(last.next).toEqual({ href: '/paths/newcomer/', label: overviewLabels.last });
    expect(last.next.label).not.toMatch(/^Next/);
  });

  it('refuses a page that is not on the path', () => {
    expect(() => placeInPath(path, steps, 'roles', 'devsecops')).toThrow('roles/devsecops is not a step of the reading path "newcomer".');
  });
});
