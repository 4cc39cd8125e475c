import { describe, expect, it } from 'vitest';

import { overlapMatrix } from '../../src/knowledge/overlap';
import { cellText, raciInputs, responsibilityMatrix, rowTitle, type RaciTeam } from '../../src/knowledge/raci';
import { loadGuide } from '../support/content';

const { collections } = loadGuide();
const { activities } = overlapMatrix(collections.roles, collections.activities);
const models = collections.models.map((model) => ({ id: model.id, ...raciInputs(model.data), leads: model.data.teams }));

/** Each row's cells keyed by team id, so two team orders can be compared. */
const byTeam = (teams: RaciTeam[], rows: ReturnType<typeof responsibilityMatrix>) =>
  rows.map((row) => [rowTitle(row), Object.fromEntries(teams.map((team, t) => [team.id, cellText(row.cells[t]!)])), row.notApplicable ?? row.decided]);

describe.each(models)('the operating model $id', ({ teams, decisions, leads }) => {
  const rows = responsibilityMatrix({ teams, decisions }, activities);

  it('has the same matrix whatever order it lists its teams in', () => {
    const reversed = [...teams].reverse();
    expect(byTeam(reversed, responsibilityMatrix({ teams: reversed, decisions }, activities))).toEqual(byTeam(teams, rows));
    const rotated = [...teams.slice(1), teams[0]!];
    expect(byTeam(rotated, responsibilityMatrix({ teams: rotated, decisions }, activities))).toEqual(byTeam(teams, rows));
  });

  it('names exactly one accountable in-house team for every row that applies, and never a partner or an enabling team', () => {
    for (const row of rows.filter((candidate) => !candidate.notApplicable)) {
      const accountable = teams.filter((_, t) => row.cells[t]!.letters.includes('A'));
      expect(accountable, rowTitle(row)).toHaveLength(1);
      expect(accountable[0]!.partner, rowTitle(row)).toBe(false);
      expect(accountable[0]!.type, rowTitle(row)).not.toBe('enabling');
    }
  });

  it('never makes an enabling team responsible for work: it is consulted or informed', () => {
    teams.forEach((team, t) => {
      if (team.type === 'enabling') for (const row of rows) expect(row.cells[t]!.letters.filter((letter) => letter === 'R' || letter === 'A')).toEqual([]);
    });
  });

  it('makes each team accountable for exactly what its page says it answers for', () => {
    for (const [t, team] of leads.entries()) {
      const answersFor = [...new Set(rows.filter((row) => row.cells[t]!.letters.includes('A')).map((row) => row.activity.id))].sort();
      expect(answersFor, team.id).toEqual(team.leads.map((activity) => activity.id).sort());
    }
  });
});
