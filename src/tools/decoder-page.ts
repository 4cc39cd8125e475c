import { AdvertTooLong, unpacked } from './advert-link';
import type { WorkerAnswer, WorkerRequest } from './decoder-worker';
import {
  checkAdvert,
  droppedMarksNote,
  maximumCharacters,
  withBoundedMarks,
  phraseList,
  resultText,
  type DecodeAnswer,
  type DecoderData,
  type Finding,
  type Mark,
  type Ranked,
  type RoleScore,
} from './decoder';

/** The leading roles get a colour and an underline style each in the marked advert; the others are listed, not marked. */
const leadingRoles = 3;
const underlines = ['solid underline', 'double underline', 'dashed underline'];
/** The marked view of the advert stops here: five long adverts' worth, which a browser lays out without stalling. */
const shownCharacters = 100_000;
/** Characters in one drawn paragraph before a longer line goes on in the next. */
const longestParagraph = 2_000;
/** Longer links break in mail and chat; past this the page offers the result as text instead. */
const longestLink = 32_000;
/** How long the worker may take to answer: far beyond the seconds a megabyte takes, so only a stalled worker reaches it. */
const workerTimeoutMs = 60_000;

/** The worker did not answer in time. */
class WorkerStalled extends Error {}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

/** Waits for the browser to lay out and paint what is drawn so far, so each frame takes on a bounded piece. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** How much of the advert one frame draws: its characters, and its marks, which cost more to lay out. */
const perFrame = { characters: 10_000, marks: 400 };

function roleItem(role: RoleScore, href: string, place: number): HTMLLIElement {
  const item = element('li');
  const name = element('a', role.title, { href });
  const marked = place < leadingRoles ? ` ${underlines[place]}.` : '';
  const share = element('span', ` ${percent(role.share)}.${marked}`, { class: 'share' });
  const phrases = element('span', `Points to it: ${phraseList(role)}`, { class: 'why' });
  item.append(name, share, phrases);
  return item;
}

function legendItem(role: RoleScore, place: number): HTMLLIElement {
  const item = element('li');
  item.append(element('span', role.title, { class: `signal signal-${place + 1}` }), `: ${underlines[place]}`);
  return item;
}

/** One role's share of the advert as a bar beside its percentage; the percentage is the text, the bar only shows it. */
function shareItem(role: RoleScore, place: number): HTMLLIElement {
  const item = element('li');
  const bar = element('span', undefined, { class: `bar${place < leadingRoles ? ` signal-${place + 1}` : ''}`, 'aria-hidden': 'true' });
  // Set through the style object, which the content security policy allows, rather than a style attribute.
  bar.style.inlineSize = percent(role.share);
  const track = element('span', undefined, { class: 'track' });
  track.append(bar);
  item.append(element('span', role.title, { class: 'name' }), track, element('span', percent(role.share), { class: 'value' }));
  return item;
}

function findingItem(finding: Finding): HTMLLIElement {
  const item = element('li');
  item.append(element('p', finding.finding), element('p', finding.suggestion, { class: 'why' }));
  const more = element('p');
  more.append(element('a', finding.link.text, { href: finding.link.href }));
  item.append(more);
  return item;
}

/** The advert as paragraphs of text nodes, its phrases in <mark>, drawn a piece at a time: nothing pasted is read as markup. */
async function drawAdvert(view: HTMLElement, advert: string, marks: Mark[], leading: RoleScore[], isCurrent: () => boolean) {
  view.replaceChildren();
  let at = 0;
  let next = 0;
  let paragraph: HTMLParagraphElement;
  let length = 0;
  let drawnSince = 0;
  let marksSince = 0;
  const startParagraph = (continued: boolean) => {
    paragraph = view.appendChild(element('p', undefined, continued ? { class: 'continued' } : {}));
    length = 0;
  };
  // A line of many thousand characters goes on in a new paragraph at a space: the browser then lays out each piece
  // once, instead of the whole line again every time it grows.
  const put = (piece: Node | string, size: number) => {
    let rest = piece;
    while (typeof rest === 'string' && length + rest.length > longestParagraph) {
      const space = rest.indexOf(' ', Math.max(0, longestParagraph - length));
      if (space === -1) break;
      paragraph.append(rest.slice(0, space + 1));
      rest = rest.slice(space + 1);
      startParagraph(true);
    }
    if (typeof rest !== 'string' || rest) paragraph.append(rest);
    length += typeof rest === 'string' ? rest.length : size;
  };
  const text = (to: number) => {
    advert
      .slice(at, to)
      .split('\n')
      .forEach((line, i) => {
        if (i > 0) startParagraph(false);
        put(line, line.length);
      });
    drawnSince += to - at;
    at = to;
  };
  startParagraph(false);
  const end = Math.min(advert.length, shownCharacters);
  while (at < end) {
    const mark = marks[next];
    if (mark && mark.start < end) {
      text(mark.start);
      const role = leading[mark.role]!;
      const phrase = element('mark', undefined, { class: `signal signal-${mark.role + 1}`, 'data-role': role.title });
      phrase.append(advert.slice(mark.start, mark.end));
      // A phrase's first mention names its role to a screen reader; the list above names every phrase, so later
      // mentions stay plain marks, which keeps a long advert quick to lay out. No mark is a tab stop: the advert is one
      // focusable region, and the ranking lists every phrase.
      if (mark.first) phrase.append(element('span', ` (${role.title})`, { class: 'sr-only' }));
      put(phrase, mark.end - mark.start);
      at = mark.end;
      next += 1;
      marksSince += 1;
    } else text(end);
    if (drawnSince > perFrame.characters || marksSince > perFrame.marks) {
      drawnSince = 0;
      marksSince = 0;
      await nextFrame();
      if (!isCurrent()) return;
    }
  }
}

export function startDecoder(form: HTMLFormElement) {
  const data = JSON.parse(form.dataset['decoder'] ?? '') as DecoderData;
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const textarea = form.elements.namedItem('advert') as HTMLTextAreaElement;
  const intendedRole = form.elements.namedItem('role') as HTMLSelectElement;
  const intendedTitle = form.elements.namedItem('title') as HTMLSelectElement;
  const checkFields = byId<HTMLFieldSetElement>('check-intent');
  const status = byId('decoder-status');
  const result = byId('decoder-result');
  const titleLink = byId('decoder-title');
  const check = byId('advert-check');
  const list = document.querySelector<HTMLOListElement>('ol[data-results]')!;
  const legend = byId('signal-legend');
  const advertView = byId('decoded-advert');
  const shownNote = byId('decoded-advert-note');
  const shareLink = byId<HTMLInputElement>('share-link');
  const shareNote = byId('share-note');
  const copied = byId('copy-status');
  const hrefOf = new Map(data.roles.map((role) => [role.id, role.href]));
  const modeOf = () => (form.elements.namedItem('mode') as RadioNodeList).value;

  let current = 0;
  let resultAsText = '';
  // Scoring a megabyte and compressing it for the link take longer than a frame: the worker does both.
  const worker = new Worker(new URL('./decoder-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>();
  let requests = 0;
  // A worker file the host fails to serve must not leave "Reading the advert…" up for ever, now or at the next Decode.
  let workerFailed = false;
  /** A message the status both announces and shows: once a result is up, the verdict box shows what the status says. */
  const sayOnScreen = (text: string) => {
    status.classList.remove('sr-only');
    status.textContent = text;
  };
  const sayWorkerFailed = () => {
    result.hidden = true;
    sayOnScreen('The decoder could not start in this browser, so nothing was read. Reload the page to try again.');
  };
  worker.onerror = () => {
    workerFailed = true;
    for (const waiting of pending.values()) waiting.reject(new Error('The decoder could not start.'));
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if ('error' in event.data) waiting?.reject(new Error(event.data.error));
    else waiting?.resolve(event.data.result as never);
  };
  // Every question to the worker ends: with its answer, with the worker's error, or after a bounded wait.
  const call = <T>(request: WorkerRequest) =>
    new Promise<T>((resolve, reject) => {
      const id = (requests += 1);
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new WorkerStalled());
      }, workerTimeoutMs);
      const settled = () => clearTimeout(timer);
      pending.set(id, {
        resolve: (answer: never) => (settled(), resolve(answer)),
        reject: (error) => (settled(), reject(error)),
      });
      worker.postMessage({ ...request, id });
    });

  const showCheckFields = () => (checkFields.hidden = modeOf() !== 'check');
  form.addEventListener('change', showCheckFields);

  async function share(decoded: Ranked, findings: ReturnType<typeof checked>, advert: string, isCurrent: () => boolean) {
    resultAsText = resultText(decoded, findings);
    const fragment = new URLSearchParams();
    if (modeOf() === 'check') {
      fragment.set('check', intendedRole.value);
      if (intendedTitle.value) fragment.set('title', intendedTitle.value);
    }
    let code: string;
    try {
      code = await call<string>({ task: 'pack', advert });
    } catch {
      // A browser that cannot compress (or a worker that stalls) still gets its result, and the page says how to share it.
      if (!isCurrent()) return;
      shareLink.value = '';
      shareLink.closest('div')!.hidden = true;
      shareNote.textContent = 'This browser could not make a share link for the advert: copy the result as text instead.';
      return;
    }
    if (!isCurrent()) return;
    fragment.set('advert', code);
    const link = new URL(`#${fragment}`, location.href).href;
    const fits = link.length <= longestLink;
    shareLink.value = fits ? link : '';
    shareLink.closest('div')!.hidden = !fits;
    shareNote.textContent = fits
      ? 'The link carries the advert itself, compressed, after the # in the address. Browsers never send that part to a server, so the advert goes only to the people you give the link to.'
      : `This advert is too long to share as a link (${link.length.toLocaleString('en-GB')} characters): copy the result as text instead.`;
    if (fits) resultAsText += `\n\n${link}`;
  }

  const checked = (decoded: Ranked) => {
    if (modeOf() !== 'check') return undefined;
    const intended = data.roles.find((role) => role.id === intendedRole.value)!;
    return {
      intended: intended.title,
      list: checkAdvert(decoded, { role: intended.id, ...(intendedTitle.value ? { title: intendedTitle.value } : {}) }, data),
    };
  };

  /** Marks cut from a shared link's advert before it reached the box, for the result to mention. */
  let droppedFromLink = 0;
  /** Cuts floods of combining marks out of the advert in the box, and says what was left out. */
  const boundMarks = () => {
    const { text, dropped } = withBoundedMarks(textarea.value);
    if (dropped > 0) textarea.value = text;
    const total = dropped + droppedFromLink;
    droppedFromLink = 0;
    return total > 0 ? ` ${droppedMarksNote(total)}` : '';
  };
  // Pasted text is bounded before the box draws it: laying out a flood of marks would stop the page for minutes.
  textarea.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const { text, dropped } = withBoundedMarks(pasted);
    if (dropped === 0) return;
    event.preventDefault();
    textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    sayOnScreen(droppedMarksNote(dropped));
  });

  async function decode() {
    if (workerFailed) return sayWorkerFailed();
    const id = (current += 1);
    const marksNote = boundMarks();
    const advert = textarea.value;
    sayOnScreen(advert.length > 20_000 ? 'Reading the advert…' : '');
    let answer: DecodeAnswer;
    try {
      answer = await call<DecodeAnswer>({
        task: 'decode',
        advert,
        roles: data.roles,
        titles: data.titles,
        leading: leadingRoles,
        shown: shownCharacters,
      });
    } catch (error) {
      if (id !== current) return;
      if (!(error instanceof WorkerStalled)) return sayWorkerFailed();
      result.hidden = true;
      sayOnScreen(`The decoder did not answer within ${workerTimeoutMs / 1000} seconds, so nothing was read. Reload the page to try again.`);
      return;
    }
    const { decoded, marks } = answer;
    if (id !== current) return;
    if (decoded.kind !== 'ranked') {
      result.hidden = true;
      sayOnScreen(decoded.message);
      return;
    }
    const findings = checked(decoded);
    const leading = decoded.ranked.slice(0, leadingRoles);
    const verdict = decoded.verdict ? ` ${decoded.verdict}` : '';
    const summary = findings
      ? ` ${findings.list.length === 0 ? 'Nothing to fix' : `${findings.list.length} ${findings.list.length === 1 ? 'thing' : 'things'} to look at`} before you post it as ${findings.intended}.`
      : '';
    const said = `${decoded.reading}${verdict}${summary}${marksNote}`;
    status.textContent = said;
    // The verdict box shows what the status announces; the status stays for screen readers only, so it is not read twice on screen.
    status.classList.add('sr-only');
    byId('verdict-role').textContent = decoded.ranked[0]!.title;
    byId('verdict-text').textContent = said;
    byId('verdict-shares').replaceChildren(...decoded.ranked.map(shareItem));

    titleLink.replaceChildren();
    if (decoded.titled) {
      const page = data.titles.find((title) => title.id === decoded.titled!.id)?.href ?? '#';
      titleLink.append(element('a', `What “${decoded.titled.title}” usually means, and what to ask`, { href: page }));
    }
    check.hidden = !findings;
    if (findings) {
      const intended = data.roles.find((role) => role.title === findings.intended)!;
      byId('check-heading').textContent = `Checked as an advert for ${findings.intended}`;
      byId('check-findings').replaceChildren(
        ...(findings.list.length > 0
          ? findings.list.map(findingItem)
          : [element('li', 'Nothing to fix: it reads as the role, states its core duties and carries a title that means it.')]),
      );
      byId('check-misleading-heading').textContent = `What else makes an advert for ${findings.intended} read as another job`;
      byId('check-misleading').replaceChildren(...intended.outline.misleading.map((advice) => element('li', advice)));
    }
    list.replaceChildren(...decoded.ranked.map((role, place) => roleItem(role, hrefOf.get(role.id) ?? '#', place)));
    legend.replaceChildren(...leading.map(legendItem));
    shownNote.textContent =
      advert.length > shownCharacters
        ? `The ranking read all ${advert.length.toLocaleString('en-GB')} characters; the first ${shownCharacters.toLocaleString('en-GB')} are shown here, marked.`
        : decoded.ranked.length > leadingRoles
          ? `Phrases that point to the other ${decoded.ranked.length - leadingRoles === 1 ? 'role are' : 'roles are'} listed above, not marked.`
          : '';
    result.hidden = false;
    // Busy while the advert is drawn in pieces, so assistive technology waits for the whole of it.
    advertView.setAttribute('aria-busy', 'true');
    const isCurrent = () => id === current;
    try {
      await Promise.all([drawAdvert(advertView, advert, marks, leading, isCurrent), share(decoded, findings, advert, isCurrent)]);
    } finally {
      if (isCurrent()) advertView.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void decode();
  });
  // The sample goes into the box, where the reader can read and change it, and is decoded at once.
  const sample = byId<HTMLButtonElement>('try-sample');
  sample.addEventListener('click', () => {
    textarea.value = sample.dataset['sample'] ?? '';
    void decode();
  });

  byId('copy-link').addEventListener('click', () => void copy(shareLink.value, 'Link copied.'));
  byId('copy-result').addEventListener('click', () => void copy(resultAsText, 'Result copied as text.'));
  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      copied.textContent = done;
    } catch {
      // Some browsers refuse the clipboard; the link is in the box above to copy by hand.
      copied.textContent = 'This browser would not let the page copy: select the text and copy it yourself.';
    }
  }

  // A shared link opens on its result: the advert comes from the address's fragment, never from a server.
  async function openShared() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const code = fragment.get('advert');
    if (!code) return;
    try {
      // Read no further than the decoder reads, and with floods of marks cut before the box draws them.
      const { text, dropped } = withBoundedMarks(await unpacked(code, maximumCharacters));
      textarea.value = text;
      droppedFromLink = dropped;
    } catch (error) {
      status.textContent =
        error instanceof AdvertTooLong
          ? `The advert in this link is longer than the decoder reads (${maximumCharacters.toLocaleString('en-GB')} characters), so it was not opened. Ask for the advert itself, and paste one advert at a time.`
          : 'The advert in this link could not be read: it was probably cut short when it was copied. Ask for the link again, or paste the advert.';
      return;
    }
    const role = fragment.get('check');
    if (role && data.roles.some((entry) => entry.id === role)) {
      (form.querySelector('input[name="mode"][value="check"]') as HTMLInputElement).checked = true;
      intendedRole.value = role;
      const title = fragment.get('title');
      if (title && data.titles.some((entry) => entry.id === title)) intendedTitle.value = title;
      showCheckFields();
    }
    await decode();
    (result.hidden ? status : result).scrollIntoView({ block: 'start' });
  }
  void openShared();
}

// The decoder page's own script: it starts on the form it is shipped with.
const form = document.querySelector<HTMLFormElement>('#job-decoder');
if (form) startDecoder(form);
