import { ignoredParts } from './echo';
import { cellSpoken, cellText, raciCsv, raciMarkdown, responsibilityMatrix, rowTitle, teamTypeLabels } from '../knowledge/raci';
import {
  addedPartner,
  adjustedTeams,
  rankModels,
  readAdjustments,
  readAnswers,
  whatWouldChange,
  type ModelFacts,
  type ModelTeam,
  type Ranked,
  type SelfCheckData,
} from './self-check';

/** Builds an element with text and attributes; text is always text, so nothing in the address is read as markup. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function link(href: string, text: string) {
  return element('a', text, { href });
}

/** A model's heading and why it fits, as the reader sees it for the best fit and the runner-up. */
function modelSummary(label: string, ranked: Ranked): HTMLElement[] {
  const heading = element('h3', `${label}: `);
  heading.append(link(ranked.model.href, ranked.model.title));
  const fits = element(
    'p',
    ranked.reasons.length > 0
      ? `Fits because: ${ranked.reasons.map((reason) => reason.split(':')[0]).join('; ')}.`
      : 'None of your answers points to it directly.',
  );
  const parts: HTMLElement[] = [heading, element('p', ranked.model.summary), fits];
  if (ranked.reasons.length > 0) {
    const list = element('ul', '', { class: 'reasons' });
    for (const reason of ranked.reasons) list.append(element('li', reason));
    parts.push(list);
  }
  if (ranked.against.length > 0) parts.push(element('p', `Fits less well: ${ranked.against.join(' ')}`));
  return parts;
}

export function startSelfCheck(form: HTMLFormElement) {
  const data = JSON.parse(form.dataset['selfCheck'] ?? '{}') as SelfCheckData;
  const result = document.getElementById('self-check-result')!;
  const status = document.getElementById('self-check-status')!;
  const heading = document.getElementById('your-result')!;

  /** Writes a new address (answers and adjustments) and shows its result. */
  function go(params: URLSearchParams, focusResult: boolean) {
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    show(params.toString());
    if (focusResult) heading.focus();
  }

  /** Applies a change to the result and puts the keyboard focus back where the reader was working. */
  function adjust(change: (params: URLSearchParams) => void, focusOn: string) {
    const params = new URLSearchParams(location.search);
    change(params);
    go(params, false);
    result.querySelector<HTMLElement>(focusOn)?.focus();
  }

  function teamList(teams: ModelTeam[], canDrop: boolean): HTMLElement {
    const list = element('ul', '', { class: 'teams' });
    for (const team of teams) {
      const item = element('li');
      item.append(element('strong', team.partner ? `${team.name} (partner)` : team.name), ` (${teamTypeLabels[team.type]}): ${team.purpose} `);
      const roles = team.roles.map((id) => data.roles.find((role) => role.id === id)!);
      if (roles.length > 0) {
        item.append('Embodies ');
        roles.forEach((role, i) => item.append(...(i > 0 ? [' and '] : []), link(role.href, role.title)));
        item.append('. ');
      }
      if (canDrop && team.id !== addedPartner.id) {
        const drop = element('button', `Drop ${team.name}`, { type: 'button', 'data-drop': team.id });
        drop.addEventListener('click', () =>
          adjust((params) => {
            if (team.id.startsWith('added-')) params.delete('add', team.id.slice('added-'.length));
            else params.append('drop', team.id);
            // Work the reader had moved to this team goes back to the teams its roles give it.
            for (const value of params.getAll('move').filter((entry) => entry.endsWith(`:${team.id}`))) params.delete('move', value);
          }, '#result-teams'),
        );
        item.append(drop);
      }
      list.append(item);
    }
    return list;
  }

  function addControl(teams: ModelTeam[]): HTMLElement {
    const wrapper = element('p', '', { class: 'add-team actions' });
    const select = element('select', '', { id: 'add-team', name: 'add-team' });
    const label = element('label', 'Add a team for ', { for: 'add-team' });
    const present = new Set(teams.flatMap((team) => team.roles));
    for (const role of data.roles.filter((candidate) => !present.has(candidate.id))) select.append(element('option', role.title, { value: role.id }));
    const button = element('button', 'Add team', { type: 'button' });
    button.addEventListener('click', () => adjust((params) => params.append('add', select.value), '#result-teams'));
    if (select.options.length > 0) wrapper.append(label, select, ' ', button);
    return wrapper;
  }

  function matrixTable(teams: ModelTeam[], model: ModelFacts, move: Record<string, string>): { table: HTMLElement; markdown: string; csv: string } {
    const rows = responsibilityMatrix({ teams, decisions: model.decisions }, data.activities, move);
    // The same scrolling region as ScrollTable.astro, hint included.
    const wrapper = element('div', '', { class: 'scroll-table', role: 'region', 'aria-labelledby': 'result-matrix', tabindex: '0' });
    const hint = element('p', 'Scroll sideways to see every team ', { class: 'scroll-hint' });
    hint.append(element('span', '→', { 'aria-hidden': 'true' }));
    wrapper.append(hint);
    const table = element('table', '', { class: 'raci', 'data-raci': '' });
    table.append(element('caption', 'Activities by team: R responsible, A accountable, C consulted, I informed'));
    const head = element('tr');
    head.append(
      element('th', 'Activity', { scope: 'col' }),
      ...teams.map((team) => element('th', team.partner ? `${team.name} (partner)` : team.name, { scope: 'col' })),
    );
    table.append(element('thead'));
    table.tHead!.append(head);
    const body = element('tbody');
    const notes = element('ol', '', { class: 'raci-notes', 'aria-label': 'Decisions behind the matrix' });
    rows.forEach((row, i) => {
      const activity = data.activities.find((candidate) => candidate.id === row.activity.id)!;
      const tr = element('tr');
      const th = element('th', '', { scope: 'row' });
      th.append(link(activity.href, activity.title));
      if (row.scope) th.append(`: ${row.scope}`);
      if (row.decided) {
        notes.append(element('li', `${rowTitle(row)}: ${row.decided}`, { id: `result-note-${notes.children.length + 1}` }));
        const marker = element('sup');
        marker.append(link(`#result-note-${notes.children.length}`, String(notes.children.length)));
        marker.firstElementChild!.setAttribute('aria-label', `Note ${notes.children.length}`);
        th.append(marker);
      }
      if (row.gap) th.append(element('span', row.gap, { class: 'gap' }));
      // A split activity has one "Done by" control, on its first row: moving it gives all of it to one team. It sits
      // under the activity's name, in the column that stays in view, so the reader sees the row's letters change.
      if (rows.findIndex((candidate) => candidate.activity.id === row.activity.id) === i) {
        const accountable = teams.filter((_, place) => row.cells[place]?.letters.includes('A'));
        th.append(doneBy(activity, teams, move, accountable));
      }
      tr.append(th);
      if (row.notApplicable)
        tr.append(element('td', `Not applicable: ${row.notApplicable}`, { class: 'not-applicable', colspan: String(teams.length) }));
      else
        row.cells.forEach((cell) => {
          const td = element('td', '', { 'data-letters': cell.letters.join('') });
          td.append(
            element('span', cellText({ letters: cell.letters }), { 'aria-hidden': 'true' }),
            element('span', cellSpoken(cell), { class: 'sr-only' }),
          );
          if (cell.part) td.append(element('span', cell.part, { class: 'part' }));
          tr.append(td);
        });
      body.append(tr);
    });
    table.append(body);
    wrapper.append(table);
    const holder = element('div');
    holder.append(wrapper, ...(notes.children.length > 0 ? [notes] : []));
    return { table: holder, markdown: raciMarkdown(teams, rows), csv: raciCsv(teams, rows) };
  }

  /** The control that gives an activity to one team, or back to the teams its roles give it. */
  function doneBy(
    activity: SelfCheckData['activities'][number],
    teams: ModelTeam[],
    move: Record<string, string>,
    accountable: ModelTeam[],
  ): HTMLLabelElement {
    const label = element('label', 'Who does it ', { class: 'done-by' });
    // The name starts with the visible label, as speech input users say what they see.
    const choice = element('select', '', { 'aria-label': `Who does it: ${activity.title}`, 'data-move': activity.id });
    // The first choice names who answers for it now, so the reader moving it sees where it stands.
    const now = accountable.map((team) => team.name).join(' and ');
    choice.append(element('option', move[activity.id] || !now ? 'As the model says' : `As the model says: ${now}`, { value: '' }));
    // An enabling team coaches rather than does the work, so it is not offered.
    for (const team of teams.filter((candidate) => candidate.type !== 'enabling'))
      choice.append(element('option', team.partner ? `${team.name} (partner)` : team.name, { value: team.id }));
    if (!teams.some((team) => team.partner)) choice.append(element('option', 'A partner', { value: addedPartner.id }));
    choice.value = move[activity.id] ?? '';
    choice.addEventListener('change', () =>
      adjust((params) => {
        for (const value of params.getAll('move').filter((entry) => entry.startsWith(`${activity.id}:`))) params.delete('move', value);
        if (choice.value) params.append('move', `${activity.id}:${choice.value}`);
      }, `[data-move="${activity.id}"]`),
    );
    label.append(choice);
    return label;
  }

  function exportControls(id: string, markdown: string, csv: string): HTMLElement[] {
    const heading = element('h3', 'Take it with you');
    const controls = element('p', '', { class: 'export actions' });
    const copy = element('button', 'Copy the matrix as Markdown', { type: 'button' });
    const note = element('span', '', { role: 'status' });
    copy.addEventListener('click', () => void copyMarkdown());
    async function copyMarkdown() {
      try {
        await navigator.clipboard.writeText(markdown);
        note.textContent = ' Copied: paste it into your onboarding page.';
      } catch {
        // Some browsers refuse the clipboard; the reader can still copy the text by hand.
        const fallback = element('textarea', '', { 'aria-label': 'The matrix as Markdown', rows: '8', readonly: '' });
        fallback.value = markdown;
        controls.after(fallback);
        fallback.select();
        note.textContent = ' Your browser would not let the page copy: the Markdown is in the box below, selected.';
      }
    }
    const download = element('a', 'Download it as CSV', {
      // A data: address, not a blob: one: a browser may fetch a blob to save it, which the page's policy refuses.
      href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`,
      download: `${id}-responsibilities.csv`,
    });
    const print = element('button', 'Print this result', { type: 'button' });
    print.addEventListener('click', () => window.print());
    controls.append(copy, ' ', download, ' ', print, note);
    const address = element('p', 'This result online: ', { class: 'result-address' });
    address.append(link(location.href, location.href));
    return [heading, controls, address];
  }

  function show(search: string) {
    const { chosen, notes } = readAnswers(search, data.factors);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) input.checked = chosen[input.name]?.includes(input.value) ?? false;
    const answered = Object.keys(chosen).length;
    result.replaceChildren();
    if (answered === 0) {
      status.replaceChildren('Answer the questions below to see which operating model fits your company.', ...ignoredParts(notes));
      return;
    }
    const [best, runnerUp] = rankModels(chosen, data.factors, data.models) as [Ranked, Ranked];
    const adjustments = readAdjustments(search, best.model, data.roles, data.activities);
    const teams = adjustedTeams(best.model, adjustments, data.roles);
    const hints = whatWouldChange(chosen, data.factors, data.models);

    result.append(...modelSummary('Best fit', best));
    result.append(element('h3', 'Teams to set up', { id: 'result-teams', tabindex: '-1' }), teamList(teams, teams.length > 1), addControl(teams));
    const matrixHeading = element('h3', 'Responsibility matrix', { id: 'result-matrix' });
    const { table, markdown, csv } = matrixTable(teams, best.model, adjustments.move);
    result.append(matrixHeading, table);
    result.append(...modelSummary('Runner-up', runnerUp));
    if (hints.length > 0) {
      const list = element('ul');
      for (const hint of hints) list.append(element('li', hint));
      result.append(element('h3', 'What would change the answer'), list);
    }
    result.append(...exportControls(best.model.id, markdown, csv));

    const changed = adjustments.drop.length + adjustments.add.length + Object.keys(adjustments.move).length > 0;
    const lessWell = best.against.length > 0 ? `, and ${best.against.length} less well` : '';
    const teamCount = `${teams.length} ${teams.length === 1 ? 'team' : 'teams'}`;
    status.replaceChildren(
      `Best fit: ${best.model.title}. It fits ${best.fitting} of ${answered} ${answered === 1 ? 'answer' : 'answers'}${lessWell}; ${teamCount}${changed ? ' as you adjusted them' : ''}. ` +
        `Runner-up: ${runnerUp.model.title}.`,
      ...ignoredParts([...notes, ...adjustments.notes]),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // New answers start from the model's own teams: adjustments belong to the result they were made on.
    const params = new URLSearchParams([...new FormData(form)].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])));
    go(params, true);
  });
  show(location.search);
  // A shared address opens on its result, which sits above the questions.
  if (new URLSearchParams(location.search).size > 0) heading.focus();
}

// The self-check page's own script: it starts on the form it is shipped with.
const form = document.querySelector<HTMLFormElement>('#self-check');
if (form) startSelfCheck(form);
