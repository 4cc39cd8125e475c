/**
 * An operating model's responsibility matrix, derived rather than typed cell by cell. Three kinds of data decide each
 * cell: how much each team's roles do of the activity (the activities' ratings, each with the part a role does), the
 * team's Team Topologies type and whether it is a partner, and the model's own decisions, each with its reason. The
 * order in which a model lists its teams never changes a cell. The build, the model pages and the self-check's
 * adjustable result run this same code.
 */

export type Letter = 'R' | 'A' | 'C' | 'I';
export const letterNames: Record<Letter, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

export const teamTypes = ['stream-aligned', 'platform', 'enabling', 'complicated-subsystem', 'outside-team-topologies'] as const;
export type TeamType = (typeof teamTypes)[number];
/** How a page names each type, as in "Platform team". */
export const teamTypeLabels: Record<TeamType, string> = {
  'stream-aligned': 'Stream-aligned team',
  platform: 'Platform team',
  enabling: 'Enabling team',
  'complicated-subsystem': 'Complicated-subsystem team',
  'outside-team-topologies': 'A function outside Team Topologies’ four team types',
};

export interface RaciTeam {
  id: string;
  name: string;
  type: TeamType;
  /** A managed service provider or consultancy: it can do the work, but the answer for it stays in-house. */
  partner: boolean;
  roles: string[];
  /** For an enabling team: the activities whose practice it coaches, on which it is Consulted. */
  enables?: string[] | undefined;
}
export interface RaciActivity {
  id: string;
  title: string;
  /** How much each role does of it (owns, shares or rarely), and the part it does, such as "own services". */
  levels: Record<string, { level: 'owns' | 'shares' | 'rarely'; part?: string | undefined }>;
}
/** What the rule reads of a model: its teams and its decisions. */
export interface RaciModel {
  teams: RaciTeam[];
  decisions?: RaciDecision[] | undefined;
}
/** What a model decides where the ratings alone do not, always with its reason. */
export interface RaciDecision {
  activity: string;
  /** The part of the activity this row covers, where the model splits it, such as "critical services". */
  scope?: string | undefined;
  /** Why the activity does not arise in this model. */
  notApplicable?: string | undefined;
  /** The in-house team that answers for it. */
  accountable?: string | undefined;
  /** The teams that do it, in place of those the ratings name. */
  responsible?: string[] | undefined;
  /** Teams asked before the work is done, besides any enabling team that coaches it. */
  consulted?: string[] | undefined;
  /** Teams kept up to date on it, though they do none of it. */
  informed?: string[] | undefined;
  /** The part a team does of this row, in place of the one its roles' ratings name, such as "third line". */
  parts?: Record<string, string> | undefined;
  why?: string | undefined;
}
export interface RaciCell {
  letters: Letter[];
  /** The part a Responsible team does, where another team answers for the whole, such as "own services". */
  part?: string;
}
export interface RaciRow {
  activity: { id: string; title: string };
  scope?: string;
  /** Each team's cell, in the order of the teams given. Empty where the activity does not apply. */
  cells: RaciCell[];
  /** Why the activity does not arise in this model; its cells are then empty. */
  notApplicable?: string;
  /** The model's reason for deciding the row as it does. */
  decided?: string;
  /** A decision nobody has made yet, such as who answers for work only a partner does. */
  gap?: string;
}

const rank = { rarely: 0, shares: 1, owns: 2 } as const;
const noOwnerInHouse = 'Only a partner or an enabling team does it, and neither can answer for it: name the in-house team that does.';

/** How much of the activity a team's roles do, and the part named by the role that does most of it. */
function involvement(team: RaciTeam, activity: RaciActivity): { level: number; part?: string } {
  const ratings = team.roles.map((role) => activity.levels[role] ?? { level: 'rarely' as const });
  const level = Math.max(0, ...ratings.map((rating) => rank[rating.level]));
  const parts = [...new Set(ratings.filter((rating) => rank[rating.level] === level && rating.part).map((rating) => rating.part!))].sort();
  return parts.length > 0 ? { level, part: parts.join('; ') } : { level };
}

const names = (teams: RaciTeam[]) =>
  teams
    .map((team) => team.name)
    .sort()
    .join(' and ');

/**
 * Who answers for work done by `doers`: of the in-house teams that do it and are not enabling teams, the one whose
 * roles do most of it. Where several do as much, each answers for its own part and the row splits into one per part
 * (`split`); where their parts cannot tell them apart, it is a decision the model has to make.
 */
function ownerOf(
  doers: RaciTeam[],
  levelOf: (team: RaciTeam) => number,
  partOf: (team: RaciTeam) => string | undefined,
  splittable = true,
): { team?: RaciTeam; split?: RaciTeam[]; gap?: string } {
  const candidates = doers.filter((team) => !team.partner && team.type !== 'enabling');
  if (candidates.length === 0) return doers.length > 0 ? { gap: noOwnerInHouse } : {};
  const top = Math.max(...candidates.map(levelOf));
  const leaders = candidates.filter((team) => levelOf(team) === top);
  if (leaders.length === 1) return { team: leaders[0]! };
  const parts = leaders.map(partOf);
  if (splittable && parts.every((part) => part) && new Set(parts).size === parts.length)
    return { split: [...leaders].sort((a, b) => teamTypes.indexOf(a.type) - teamTypes.indexOf(b.type) || partOf(a)!.localeCompare(partOf(b)!)) };
  return { gap: `${names(leaders)} do as much of it: decide which one answers for it.` };
}

/** Who answers for work a reader moved: the in-house team it moved to, or else whoever answered before the move. */
function ownerAfterMove(
  moved: RaciTeam,
  formerDoers: RaciTeam[],
  levelOf: (team: RaciTeam) => number,
  partOf: (team: RaciTeam) => string | undefined,
): { team?: RaciTeam; gap?: string } {
  if (!moved.partner && moved.type !== 'enabling') return { team: moved };
  const before = ownerOf(formerDoers, levelOf, partOf, false);
  return before.team ? before : { gap: before.gap ?? noOwnerInHouse };
}

/**
 * The rules:
 * - Not applicable: the model says the activity does not arise, and why, unless the reader has given it to a team.
 * - Responsible: every team whose roles own or share the activity, each for its part, except enabling teams; or the
 *   teams the model names; or the one team a reader moved it to.
 * - Accountable: the team the model names; else the in-house team the work was moved to; else `ownerOf` the doers,
 *   which splits the row by part where several do as much. A partner and an enabling team never answer for the work.
 * - Consulted: an enabling team, for the practices it coaches (its `enables`), and the teams the model names.
 * - Informed: the teams the model names, where they have no other letter. Every other cell is left empty: the team has
 *   no part in it.
 */
export function responsibilityMatrix(model: RaciModel, activities: RaciActivity[], movedTo: Record<string, string> = {}): RaciRow[] {
  const { teams, decisions = [] } = model;
  const present = (ids: string[] | undefined) => (ids ?? []).flatMap((id) => teams.filter((team) => team.id === id));
  return activities.flatMap((activity) => {
    const own = decisions.filter((decision) => decision.activity === activity.id);
    const moved = teams.find((team) => team.id === movedTo[activity.id]);
    // A reader who moves a split activity gives all of it to one team, so it becomes one row again.
    const variants: (RaciDecision | undefined)[] = own.length === 0 || (moved && own.some((decision) => decision.scope)) ? [undefined] : own;
    return variants.flatMap((decision): RaciRow[] => {
      const title = { id: activity.id, title: activity.title };
      if (decision?.notApplicable && !moved)
        return [
          {
            activity: title,
            ...(decision.scope ? { scope: decision.scope } : {}),
            cells: teams.map(() => ({ letters: [] })),
            notApplicable: decision.notApplicable,
          },
        ];

      const levelOf = (team: RaciTeam) => involvement(team, activity).level;
      const partOf = (team: RaciTeam) => decision?.parts?.[team.id] ?? involvement(team, activity).part;
      const rated = teams.filter((team) => levelOf(team) > 0 && team.type !== 'enabling');
      const named = decision?.responsible ? present(decision.responsible) : undefined;
      const doers = moved ? [moved] : (named ?? rated);
      const chosen = present(decision?.accountable ? [decision.accountable] : [])[0];
      // A row the model has already scoped or staffed is not split again: where its teams tie, the model must decide.
      const owner: { team?: RaciTeam; split?: RaciTeam[]; gap?: string } = chosen
        ? { team: chosen }
        : moved
          ? ownerAfterMove(moved, named ?? rated, levelOf, partOf)
          : ownerOf(doers, levelOf, partOf, !decision?.scope && !named);
      const coaches = teams.filter((team) => team.type === 'enabling' && (team.enables ?? []).includes(activity.id));
      const namedConsulted = new Set(present(decision?.consulted));
      const consulted = new Set([...coaches, ...namedConsulted]);
      const informed = new Set(present(decision?.informed));

      /**
       * One row: `answering` is accountable. In a row split by part, `elsewhere` are the teams that answer for the other
       * parts, and a team that does one of those parts does it in that part's row only.
       */
      const row = (answering: RaciTeam | undefined, scope: string | undefined, elsewhere: RaciTeam[], gap: string | undefined): RaciRow => {
        const otherParts = elsewhere.map(partOf);
        const cells = teams.map((team): RaciCell => {
          const letters: Letter[] = [];
          const doesThisPart = !elsewhere.includes(team) && !(team !== answering && otherParts.includes(partOf(team)));
          if (team === answering) letters.push('A');
          if (doers.includes(team) && doesThisPart) letters.push('R');
          if (letters.length === 0 && consulted.has(team)) letters.push('C');
          if (letters.length === 0 && informed.has(team)) letters.push('I');
          // An enabling team is consulted because it coaches, which ends when the team it coaches runs the practice.
          if (letters.join('') === 'C' && coaches.includes(team) && !namedConsulted.has(team)) return { letters, part: 'while coaching' };
          const part = partOf(team);
          return letters.join('') === 'R' && part && !moved ? { letters, part } : { letters };
        });
        return {
          activity: title,
          ...(scope ? { scope } : {}),
          cells,
          ...(decision?.why && !moved ? { decided: decision.why } : {}),
          ...(gap ? { gap } : {}),
        };
      };
      if (doers.length === 0) return [row(undefined, decision?.scope, [], 'No team in this model does it: name who will, or move it to a partner.')];
      const { split } = owner;
      if (split)
        return split.map((team) =>
          row(
            team,
            partOf(team),
            split.filter((other) => other !== team),
            undefined,
          ),
        );
      return [row(owner.team, decision?.scope, [], owner.gap)];
    });
  });
}

/** A model's teams and decisions as the rule reads them, from its frontmatter. */
export function raciInputs(model: {
  teams: {
    id: string;
    name: string;
    type: TeamType;
    partner: boolean;
    roles: { id: string }[];
    enables: { id: string }[];
  }[];
  responsibilities: (Omit<RaciDecision, 'activity'> & { activity: { id: string } })[];
}): Required<RaciModel> {
  return {
    teams: model.teams.map((team) => ({
      id: team.id,
      name: team.name,
      type: team.type,
      partner: team.partner,
      roles: team.roles.map((role) => role.id),
      ...(team.enables.length > 0 ? { enables: team.enables.map((activity) => activity.id) } : {}),
    })),
    decisions: model.responsibilities.map((decision) => ({ ...decision, activity: decision.activity.id })),
  };
}

/** A row's name: the activity, and the part of it the row covers where the model splits it. */
export const rowTitle = (row: RaciRow) => (row.scope ? `${row.activity.title}: ${row.scope}` : row.activity.title);

/** A cell as every export and the page write it: "A, R", or "R (own services)", or "–" for a team with no part in it. */
export const cellText = (cell: RaciCell) => (cell.letters.length === 0 ? '–' : cell.letters.join(', ') + (cell.part ? ` (${cell.part})` : ''));

/** A cell as a screen reader says it: "Accountable and Responsible", or "No part". */
export const cellSpoken = (cell: RaciCell) => (cell.letters.length > 0 ? cell.letters.map((letter) => letterNames[letter]).join(' and ') : 'No part');

/** What a reader needs to know about a row beside its letters: a gap to fill, why it does not apply, or why it was decided so. */
export const rowNote = (row: RaciRow) =>
  row.gap ? `Gap: ${row.gap}` : row.notApplicable ? `Not applicable: ${row.notApplicable}` : row.decided ? `Decided: ${row.decided}` : '';

const header = (teams: RaciTeam[]) => ['Activity', ...teams.map((team) => (team.partner ? `${team.name} (partner)` : team.name)), 'Note'];
const rowCells = (row: RaciRow) => [rowTitle(row), ...row.cells.map((cell) => (row.notApplicable ? 'N/A' : cellText(cell))), rowNote(row)];

/** The matrix as a Markdown table, for pasting into onboarding material. */
export function raciMarkdown(teams: RaciTeam[], rows: RaciRow[]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header(teams)), line(header(teams).map(() => '---')), ...rows.map((row) => line(rowCells(row)))].join('\n');
}

/** The matrix as CSV (RFC 4180), for a spreadsheet. */
export function raciCsv(teams: RaciTeam[], rows: RaciRow[]): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return [header(teams), ...rows.map(rowCells)].map((cells) => cells.map(field).join(',')).join('\r\n');
}
