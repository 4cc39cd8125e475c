import { describe, expect, it } from 'vitest';

import { raciCsv, raciMarkdown, responsibilityMatrix, type RaciActivity, type RaciTeam } from '../../src/knowledge/raci';

const activity = (id: string, levels: Record<string, 'owns' | 'shares' | 'rarely'>): RaciActivity => ({
  id,
  title: id,
  levels: Object.fromEntries(Object.entries(levels).map(([role, level]) => [role, { level }])),
});
const product: RaciTeam = { id: 'product', name: 'Product teams', partner: false, roles: ['devops'] };
const platform: RaciTeam = { id: 'platform', name: 'Platform team', partner: false, roles: ['platform-engineering', 'infraops'] };
const msp: RaciTeam = { id: 'msp', name: 'Provider, "Ops" Ltd', partner: true, roles: ['it-operations'] };
const teams = [product, platform, msp];

describe('the responsibility matrix', () => {
  it('makes the teams whose roles own an activity responsible, the first in-house one accountable, and consults those that share it', () => {
    const [row] = responsibilityMatrix(teams, [activity('ci-cd', { devops: 'owns', 'platform-engineering': 'shares', 'it-operations': 'rarely' })]);
    expect(row!.cells).toEqual([['A', 'R'], ['C'], ['I']]);
  });

  it('falls back to the teams that share an activity when no team owns it', () => {
    const [row] = responsibilityMatrix(teams, [activity('threat-modelling', { devops: 'shares', infraops: 'shares', 'it-operations': 'rarely' })]);
    expect(row!.cells).toEqual([['A', 'R'], ['R'], ['I']]);
  });

  it('never makes a partner accountable: the answer stays with the in-house team that takes part', () => {
    const [row] = responsibilityMatrix(teams, [activity('service-desk', { devops: 'rarely', infraops: 'shares', 'it-operations': 'owns' })]);
    expect(row!.cells).toEqual([['I'], ['A'], ['R']]);
  });

  it('shows an activity no team takes part in as a gap, rather than handing it to someone', () => {
    const [row] = responsibilityMatrix(teams, [activity('threat-modelling', { devsecops: 'owns' })]);
    expect(row!.cells).toEqual([['I'], ['I'], ['I']]);
    expect(row!.gap).toMatch(/^No team in this model does it/);
  });

  it('follows a reader who moves an activity to another team', () => {
    const [row] = responsibilityMatrix(teams, [activity('patching', { devops: 'shares', infraops: 'owns', 'it-operations': 'shares' })], {
      patching: 'msp',
    });
    expect(row!.cells).toEqual([['C'], ['A'], ['R']]);
  });

  it('exports the same matrix as a Markdown table and as CSV, with awkward names escaped', () => {
    const rows = responsibilityMatrix(teams, [activity('ci-cd', { devops: 'owns', 'platform-engineering': 'shares' })]);
    expect(raciMarkdown(teams, rows)).toBe(
      ['| Activity | Product teams | Platform team | Provider, "Ops" Ltd (partner) |', '| --- | --- | --- | --- |', '| ci-cd | A, R | C | I |'].join(
        '\n',
      ),
    );
    expect(raciCsv(teams, rows)).toBe('Activity,Product teams,Platform team,"Provider, ""Ops"" Ltd (partner)"\r\nci-cd,A R,C,I');
  });
});
