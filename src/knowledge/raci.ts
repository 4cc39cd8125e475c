/**
 * An operating model's responsibility matrix, derived rather than typed: each team takes on the activities its roles
 * own or share (the activities' ratings), and four rules turn that into Responsible, Accountable, Consulted and
 * Informed. The build and the self-check's adjustable result run this same code.
 */

export type Letter = 'R' | 'A' | 'C' | 'I';
export const letterNames: Record<Letter, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

export interface RaciTeam {
  id: string;
  name: string;
  /** A managed service provider or consultancy: it can do the work, but the answer for it stays in-house. */
  partner: boolean;
  roles: string[];
}
export interface RaciActivity {
  id: string;
  title: string;
  /** How much each role does of it: owns, shares or rarely. */
  levels: Record<string, { level: 'owns' | 'shares' | 'rarely' }>;
}
export interface RaciRow {
  activity: { id: string; title: string };
  /** Each team's letters, in the model's team order: `['A', 'R']` for the team that does the work and answers for it. */
  cells: Letter[][];
  /** Why the row needs a decision the teams' roles do not make, such as an activity no team does. */
  gap?: string;
}

const rank = { owns: 2, shares: 1, rarely: 0 } as const;

/**
 * The rules, in order:
 * 1. Responsible: the teams whose roles do most of the activity (own it, or share it where no team owns it), or the
 *    team it has been moved to.
 * 2. Accountable: the first in-house team among those, else the first in-house team that takes part at all, else the
 *    first in-house team: a partner is never accountable.
 * 3. Consulted: teams that share an activity another team owns.
 * 4. Informed: everyone else.
 * An activity no team's roles take part in is a gap, shown rather than silently given to someone.
 */
export function responsibilityMatrix(teams: RaciTeam[], activities: RaciActivity[], movedTo: Record<string, string> = {}): RaciRow[] {
  const inHouse = teams.filter((team) => !team.partner);
  return activities.map((activity) => {
    const levelOf = (team: RaciTeam) => Math.max(0, ...team.roles.map((role) => rank[activity.levels[role]?.level ?? 'rarely']));
    const top = Math.max(0, ...teams.map(levelOf));
    const moved = teams.find((team) => team.id === movedTo[activity.id]);
    const responsible = moved ? [moved] : top > 0 ? teams.filter((team) => levelOf(team) === top) : [];
    const accountable =
      responsible.find((team) => !team.partner) ??
      [...inHouse].sort((a, b) => levelOf(b) - levelOf(a)).find((team) => levelOf(team) > 0) ??
      (responsible.length > 0 ? inHouse[0] : undefined);
    const cells = teams.map((team): Letter[] => {
      const letters: Letter[] = [];
      if (team === accountable) letters.push('A');
      if (responsible.includes(team)) letters.push('R');
      if (letters.length === 0) letters.push(levelOf(team) > 0 && top === 2 ? 'C' : 'I');
      return letters;
    });
    const gap = responsible.length === 0 ? 'No team in this model does it: name who will, or move it to a partner.' : undefined;
    return { activity: { id: activity.id, title: activity.title }, cells, ...(gap ? { gap } : {}) };
  });
}

/** The matrix as a Markdown table, for pasting into onboarding material. */
export function raciMarkdown(teams: RaciTeam[], rows: RaciRow[]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    line(['Activity', ...teams.map((team) => (team.partner ? `${team.name} (partner)` : team.name))]),
    line(['---', ...teams.map(() => '---')]),
    ...rows.map((row) => line([row.activity.title, ...row.cells.map((letters) => letters.join(', '))])),
  ].join('\n');
}

/** The matrix as CSV (RFC 4180), for a spreadsheet. */
export function raciCsv(teams: RaciTeam[], rows: RaciRow[]): string {
  const field = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return [
    ['Activity', ...teams.map((team) => (team.partner ? `${team.name} (partner)` : team.name))],
    ...rows.map((row) => [row.activity.title, ...row.cells.map((letters) => letters.join(' '))]),
  ]
    .map((cells) => cells.map(field).join(','))
    .join('\r\n');
}
