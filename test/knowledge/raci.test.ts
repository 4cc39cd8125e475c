import { describe, expect, it } from 'vitest';

import { cellText, raciCsv, raciMarkdown, responsibilityMatrix, type RaciActivity, type RaciTeam } from '../../src/knowledge/raci';

type Level = 'owns' | 'shares' | 'rarely';
const activity = (id: string, levels: Record<string, Level | [Level, string]>): RaciActivity => ({
  id,
  title: id,
  levels: Object.fromEntries(
    Object.entries(levels).map(([role, rating]) => [role, typeof rating === 'string' ? { level: rating } : { level: rating[0], part: rating[1] }]),
  ),
});
const product: RaciTeam = { id: 'product', name: 'Product teams', type: 'stream-aligned', partner: false, roles: ['devops'] };
const platform: RaciTeam = { id: 'platform', name: 'Platform team', type: 'platform', partner: false, roles: ['platform-engineering', 'infraops'] };
const coach: RaciTeam = {
  id: 'coach',
  name: 'Security coaches',
  type: 'enabling',
  partner: false,
  roles: ['devsecops'],
  enables: ['scanning', 'iac'],
};
const msp: RaciTeam = { id: 'msp', name: 'Provider, "Ops" Ltd', partner: true, type: 'platform', roles: ['it-operations'] };
const teams = [product, platform, msp];
/** A row as a reader reads it: each team's cell text. */
const read = (rows: ReturnType<typeof responsibilityMatrix>) => rows.map((row) => row.cells.map(cellText));

describe('the responsibility matrix', () => {
  it('makes every team that does part of the work responsible for its part, and the one whose roles own it accountable', () => {
    const rows = responsibilityMatrix({ teams }, [
      activity('patching', { devops: ['shares', 'own images'], infraops: ['owns', 'the estate'], 'it-operations': ['shares', 'servers'] }),
    ]);
    expect(read(rows)).toEqual([['R (own images)', 'A, R', 'R (servers)']]);
  });

  it('splits an activity two teams do as much of into a row per part, each answering for its own, whichever is listed first', () => {
    const ci = activity('ci-cd', { devops: ['owns', 'own pipelines'], 'platform-engineering': ['owns', 'shared runners'] });
    const rows = responsibilityMatrix({ teams: [product, platform, msp] }, [
      { ...ci, levels: { ...ci.levels, 'it-operations': { level: 'owns', part: 'shared runners' } } },
    ]);
    expect(rows.map((row) => row.scope)).toEqual(['own pipelines', 'shared runners']);
    // The provider runs runners too, so it works in the runners' row only.
    expect(read(rows)).toEqual([
      ['A, R', '–', '–'],
      ['–', 'A, R', 'R (shared runners)'],
    ]);
    const reversed = responsibilityMatrix({ teams: [platform, product] }, [ci]);
    expect(reversed.map((row) => row.scope)).toEqual(['own pipelines', 'shared runners']);
    expect(read(reversed)).toEqual([
      ['–', 'A, R'],
      ['A, R', '–'],
    ]);
  });

  it('leaves a tie the teams’ parts cannot settle as a decision to make, naming the teams', () => {
    const sre: RaciTeam = { id: 'sre', name: 'SRE team', type: 'outside-team-topologies', partner: false, roles: ['sre'] };
    const [row] = responsibilityMatrix({ teams: [platform, sre] }, [activity('capacity', { infraops: 'owns', sre: 'owns' })]);
    expect(read([row!])).toEqual([['R', 'R']]);
    expect(row!.gap).toBe('Platform team and SRE team do as much of it: decide which one answers for it.');
  });

  it('follows the model where it names the accountable team, the doers or those consulted, and says why', () => {
    const [row] = responsibilityMatrix(
      {
        teams: [product, platform, coach],
        decisions: [
          { activity: 'iac', accountable: 'platform', consulted: ['product'], responsible: ['platform'], why: 'The platform team owns the modules.' },
        ],
      },
      [activity('iac', { devops: 'owns', infraops: 'owns', devsecops: 'shares' })],
    );
    expect(read([row!])).toEqual([['C', 'A, R', 'C (while coaching)']]);
    expect(row!.decided).toBe('The platform team owns the modules.');
  });

  it('never makes an enabling team accountable or responsible: it is consulted on the practices it coaches, and only those', () => {
    const rows = responsibilityMatrix({ teams: [product, coach] }, [
      activity('scanning', { devops: 'shares', devsecops: 'owns' }),
      activity('capacity', { devops: 'shares', devsecops: 'shares' }),
    ]);
    expect(read(rows)).toEqual([
      ['A, R', 'C (while coaching)'],
      ['A, R', '–'],
    ]);
  });

  it('never makes a partner accountable, and flags work only a partner does', () => {
    const rows = responsibilityMatrix({ teams }, [activity('service-desk', { 'it-operations': 'owns' })]);
    expect(read(rows)).toEqual([['–', '–', 'R']]);
    expect(rows[0]!.gap).toMatch(/^Only a partner or an enabling team does it/);
  });

  it('shows an activity the model says does not arise as not applicable, with why, and not as a gap', () => {
    const rows = responsibilityMatrix({ teams, decisions: [{ activity: 'developer-platform', notApplicable: 'Nothing is built in-house.' }] }, [
      activity('developer-platform', { 'platform-engineering': 'owns' }),
    ]);
    expect(rows[0]).toMatchObject({ notApplicable: 'Nothing is built in-house.' });
    expect(rows[0]!.gap).toBeUndefined();
    expect(raciCsv(teams, rows).split('\r\n')[1]).toBe('developer-platform,N/A,N/A,N/A,Not applicable: Nothing is built in-house.');
  });

  it('splits an activity into a row per scope the model names', () => {
    const rows = responsibilityMatrix(
      {
        teams: [product, platform],
        decisions: [
          { activity: 'incidents', scope: 'service incidents', accountable: 'product', why: 'Owners are paged first.' },
          {
            activity: 'incidents',
            scope: 'platform incidents',
            accountable: 'platform',
            responsible: ['platform'],
            informed: ['product'],
            why: 'The platform team runs it.',
          },
        ],
      },
      [activity('incidents', { devops: 'shares', infraops: 'shares' })],
    );
    expect(rows.map((row) => row.scope)).toEqual(['service incidents', 'platform incidents']);
    expect(read(rows)).toEqual([
      ['A, R', 'R'],
      ['I', 'A, R'],
    ]);
  });

  it('shows an activity no team takes part in as a gap, rather than handing it to someone', () => {
    const [row] = responsibilityMatrix({ teams }, [activity('threat-modelling', { devsecops: 'owns' })]);
    expect(read([row!])).toEqual([['–', '–', '–']]);
    expect(row!.gap).toMatch(/^No team in this model does it/);
  });

  it('follows a reader who moves an activity to a partner: the partner does it, the former owner still answers for it', () => {
    const [row] = responsibilityMatrix({ teams }, [activity('patching', { devops: 'shares', infraops: 'owns', 'it-operations': 'shares' })], {
      patching: 'msp',
    });
    expect(read([row!])).toEqual([['–', 'A', 'R']]);
  });

  it('exports the same cells as a Markdown table and as CSV, with the notes and awkward names escaped', () => {
    const rows = responsibilityMatrix(
      {
        teams,
        decisions: [
          { activity: 'ci-cd', informed: ['msp'], why: 'The provider hosts the runners.' },
          { activity: 'desk', notApplicable: 'Staff IT is elsewhere, "outside".' },
        ],
      },
      [activity('ci-cd', { devops: 'owns', 'platform-engineering': ['shares', 'runners'] }), activity('desk', { 'it-operations': 'owns' })],
    );
    expect(raciMarkdown(teams, rows)).toBe(
      [
        '| Activity | Product teams | Platform team | Provider, "Ops" Ltd (partner) | Note |',
        '| --- | --- | --- | --- | --- |',
        '| ci-cd | A, R | R (runners) | I | Decided: The provider hosts the runners. |',
        '| desk | N/A | N/A | N/A | Not applicable: Staff IT is elsewhere, "outside". |',
      ].join('\n'),
    );
    expect(raciCsv(teams, rows)).toBe(
      [
        'Activity,Product teams,Platform team,"Provider, ""Ops"" Ltd (partner)",Note',
        'ci-cd,"A, R",R (runners),I,Decided: The provider hosts the runners.',
        'desk,N/A,N/A,N/A,"Not applicable: Staff IT is elsewhere, ""outside""."',
      ].join('\r\n'),
    );
  });
});

describe('who is informed', () => {
  it('informs only the teams the model names, and leaves a team with no part in it empty', () => {
    const ci = activity('ci-cd', { devops: 'owns' });
    expect(read(responsibilityMatrix({ teams }, [ci]))).toEqual([['A, R', '–', '–']]);
    expect(read(responsibilityMatrix({ teams, decisions: [{ activity: 'ci-cd', informed: ['msp'], why: 'It hosts the runners.' }] }, [ci]))).toEqual([
      ['A, R', '–', 'I'],
    ]);
  });
});
