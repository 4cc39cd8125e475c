import { decodeAdvert, type RoleScore, type RoleSignals, type TitleNames } from './decoder';

type Linked<T> = T & { href: string };

const percent = (share: number) => `${Math.round(share * 100)}%`;

function resultItem(role: RoleScore, href: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = role.title;
  const share = document.createElement('span');
  share.className = 'share';
  share.textContent = ` ${percent(role.share)} of the match`;
  const phrases = document.createElement('span');
  phrases.className = 'why';
  phrases.textContent = `Points to it: ${role.matches.map((match) => (match.count > 1 ? `${match.phrase} (×${match.count})` : match.phrase)).join(', ')}`;
  item.append(link, share, phrases);
  return item;
}

/** The advert as text nodes with the phrases of the leading roles in <mark>: nothing pasted is ever read as markup. */
function highlighted(advert: string, roles: RoleScore[]): Node[] {
  const ranges = roles
    .flatMap((role) => role.matches.flatMap((match) => match.ranges.map(([start, end]) => ({ start, end, role: role.title }))))
    .sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    nodes.push(document.createTextNode(advert.slice(at, range.start)));
    const mark = document.createElement('mark');
    mark.textContent = advert.slice(range.start, range.end);
    mark.title = range.role;
    nodes.push(mark);
    at = range.end;
  }
  nodes.push(document.createTextNode(advert.slice(at)));
  return nodes;
}

export function startDecoder(form: HTMLFormElement) {
  const { roles, titles } = JSON.parse(form.dataset['decoder'] ?? '{"roles":[],"titles":[]}') as {
    roles: Linked<RoleSignals>[];
    titles: Linked<TitleNames>[];
  };
  const hrefOf = new Map(roles.map((role) => [role.id, role.href]));
  const titleLink = document.getElementById('decoder-title') as HTMLParagraphElement;
  const textarea = form.elements.namedItem('advert') as HTMLTextAreaElement;
  const status = document.getElementById('decoder-status')!;
  const list = document.querySelector<HTMLOListElement>('ol[data-results]')!;
  const advertView = document.getElementById('decoded-advert')!;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = decodeAdvert(textarea.value, roles, titles);
    list.replaceChildren();
    titleLink.replaceChildren();
    advertView.replaceChildren();
    advertView.hidden = true;
    if (result.kind !== 'ranked') {
      status.textContent = result.message;
      return;
    }
    const leading = result.ranked.slice(0, 3);
    list.replaceChildren(...result.ranked.map((role) => resultItem(role, hrefOf.get(role.id) ?? '#')));
    advertView.replaceChildren(...highlighted(textarea.value, leading));
    advertView.hidden = false;
    const best = result.ranked[0]!;
    status.textContent = `Reads most like ${best.title} (${percent(best.share)} of the match).${result.verdict ? ` ${result.verdict}` : ''}`;
    if (result.titled) {
      const page = document.createElement('a');
      page.href = titles.find((title) => title.id === result.titled!.id)?.href ?? '#';
      page.textContent = `What “${result.titled.title}” usually means, and what to ask`;
      titleLink.append(page);
    }
  });
}

// The decoder page's own script: it starts on the form it is shipped with.
const form = document.querySelector<HTMLFormElement>('#job-decoder');
if (form) startDecoder(form);
