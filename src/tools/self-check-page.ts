import { readAnswers, recommend, type FactorQuestion, type PairFacts, type RoleFacts } from './self-check';

interface Data {
  factors: FactorQuestion[];
  roles: RoleFacts[];
  pairs: PairFacts[];
}

/** A heading and a list of links, each with its one-line reason, built as DOM nodes. */
function section(title: string, items: { href: string; text: string; reasons: string[] }[]): HTMLElement[] {
  const heading = document.createElement('h3');
  heading.textContent = title;
  const list = document.createElement('ul');
  list.className = 'link-list';
  for (const item of items) {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.href;
    link.textContent = item.text;
    entry.append(link);
    for (const reason of item.reasons) {
      const why = document.createElement('span');
      why.className = 'why';
      why.textContent = reason;
      entry.append(why);
    }
    list.append(entry);
  }
  return [heading, list];
}

export function startSelfCheck(form: HTMLFormElement) {
  const data = JSON.parse(form.dataset['selfCheck'] ?? '{}') as Data;
  const result = document.getElementById('self-check-result')!;
  const status = document.getElementById('self-check-status')!;

  function show(search: string) {
    const { chosen, notes } = readAnswers(search, data.factors);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) input.checked = chosen[input.name]?.includes(input.value) ?? false;
    const answered = Object.keys(chosen).length;
    result.replaceChildren();
    if (answered === 0) {
      status.textContent = [notes.join(' '), 'Answer at least one question to see a suggested mix.'].filter(Boolean).join(' ');
      return;
    }
    const advice = recommend(chosen, data.factors, data.roles, data.pairs);
    result.append(
      ...section(
        'Roles to staff',
        advice.staff.map(({ role, reasons }) => ({ href: role.href, text: role.title, reasons: reasons.slice(0, 1) })),
      ),
      ...(advice.combine.length > 0
        ? section(
            'Roles to combine',
            advice.combine.map((pair) => ({ href: pair.href, text: `${pair.first.title} and ${pair.second.title}`, reasons: [pair.reason] })),
          )
        : []),
      ...(advice.partners
        ? section('Where partners fit', [{ href: advice.partners.href, text: advice.partners.label, reasons: [advice.partners.description] }])
        : []),
      ...section(
        'Goals to watch first',
        advice.goals.map(({ goal, reason }) => ({ href: goal.href, text: goal.title, reasons: [reason] })),
      ),
    );
    status.textContent = `Suggested mix for ${answered} of ${data.factors.length} answers: staff ${advice.staff
      .map((entry) => entry.role.title)
      .slice(0, 3)
      .join(', ')}${advice.staff.length > 3 ? ' and more' : ''}.${notes.length > 0 ? ` ${notes.join(' ')}` : ''}`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams([...new FormData(form)].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])));
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    show(params.toString());
  });
  show(location.search);
}

// The self-check page's own script: it starts on the form it is shipped with.
const form = document.querySelector<HTMLFormElement>('#self-check');
if (form) startSelfCheck(form);
