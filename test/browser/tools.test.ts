import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';
import { jobAdverts } from './job-adverts';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

/** Pastes an advert (or keeps the one in the box), presses Decode and returns what the reader sees once it has answered. */
async function decode(page: Page, text?: string) {
  if (text !== undefined) await page.locator('#advert').fill(text);
  await page.locator('#decoder-status').evaluate((status) => (status.textContent = ''));
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect.poll(() => page.locator('#decoder-status').textContent()).not.toMatch(/^(|Reading the advert…)$/);
  return {
    roles: await page.locator('ol[data-results] > li > a').allTextContents(),
    status: (await page.locator('#decoder-status').textContent()) ?? '',
  };
}

/** The marked advert as a sighted reader sees it: each mark's text and the role it is labelled with. */
const marksIn = (page: Page) =>
  page.locator('#decoded-advert mark').evaluateAll((marks) =>
    marks.map((mark) => ({
      text: mark.firstChild?.textContent ?? '',
      role: mark.getAttribute('data-role'),
      label: mark.querySelector('.sr-only')?.textContent,
      style: getComputedStyle(mark).textDecorationStyle,
    })),
  );

/** The WCAG contrast ratio of two computed colours, as `rgb(r, g, b)`. */
function contrast(first: string, second: string) {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((part) => {
        const value = Number(part) / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A team lead's answers to the self-check, which open a result with every control it offers. */
const selfCheckAnswers = 'company-size=large-enterprise&agile-reach=select-teams&partners=msp-operations';

const reads =
  /^(Nearly all|Most|More than half|About half|About two fifths|About a third|About a quarter|About a fifth) of what this advert asks for is /;
const siteReliability = jobAdverts.find((advert) => advert.title === 'site-reliability-engineer' && advert.expected === 'it-operations')!;

/** How each visible control in the page's content is drawn: buttons (and download links drawn as buttons), and fields. */
async function controlLooks(page: Page) {
  // Away from every control, so none is read in its hover colours.
  await page.mouse.move(0, 0);
  return page.evaluate(() => {
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return {
        what: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30) || element.id}"`,
        filled: style.backgroundColor !== 'rgba(0, 0, 0, 0)',
        shape: [style.borderTopWidth, style.borderTopStyle, style.borderRadius, style.fontFamily].join(' '),
        size: [style.fontSize, style.minHeight].join(' '),
        colours: [style.borderTopColor, style.backgroundColor, style.color].join(' '),
      };
    };
    const visible = (selector: string) =>
      [...document.querySelectorAll(`.sl-markdown-content ${selector}`)].filter((element) => element.checkVisibility());
    return {
      buttons: visible(':is(button, a[download]):not(.raci .done-by *)').map(look),
      fields: visible(':is(select, textarea, input[type="url"], input[type="search"]):not(.raci .done-by *)').map(look),
    };
  });
}

describe('the tools’ controls', () => {
  it.each(['light', 'dark'] as const)('share one look in the %s theme, with room between a field and its button', async (theme) => {
    const { page, problems } = await openTab(browser(), { colorScheme: theme });
    const looks = [];
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.getByLabel('Checking my own advert before I post it').check();
    await decode(page, siteReliability.text);
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/[#&]advert=/);
    looks.push(await controlLooks(page));
    const field = (await page.locator('#share-link').boundingBox())!;
    const copy = (await page.getByRole('button', { name: 'Copy link' }).boundingBox())!;
    const apart = copy.y >= field.y + field.height ? copy.y - field.y - field.height : copy.x - field.x - field.width;
    expect(apart, 'space between the link and Copy link').toBeGreaterThanOrEqual(8);
    const title = (await page.getByLabel('Title you mean to use').boundingBox())!;
    const next = (await page.getByText('Job advert, title and duties included').boundingBox())!;
    expect(next.y - title.y - title.height, 'space under the title list').toBeGreaterThanOrEqual(8);
    await page.goto(`${siteUrl}tools/self-check/?${selfCheckAnswers}`);
    await page.locator('#self-check-result table').waitFor();
    looks.push(await controlLooks(page));
    await page.goto(`${siteUrl}search/?q=incident`);
    looks.push(await controlLooks(page));

    const buttons = looks.flatMap((found) => found.buttons);
    const fields = looks.flatMap((found) => found.fields);
    expect(buttons.length).toBeGreaterThan(8);
    expect(fields.length).toBeGreaterThan(3);
    const one = (list: { what: string }[], key: 'shape' | 'size' | 'colours', of: (typeof buttons)[number][]) =>
      expect(new Set(of.map((control) => control[key])), `${key} of ${list.map((control) => control.what).join(', ')}`).toHaveProperty('size', 1);
    one(buttons, 'shape', buttons);
    one(buttons, 'size', buttons);
    // The action that answers a form is filled; every other button is outlined alike.
    one(
      buttons,
      'colours',
      buttons.filter((button) => !button.filled),
    );
    one(
      buttons,
      'colours',
      buttons.filter((button) => button.filled),
    );
    one(fields, 'shape', fields);
    one(fields, 'colours', fields);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the job advert decoder', () => {
  it('says in words which role an advert describes, names the title and says when it means another job', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    // A Site Reliability Engineer advert whose duties are ticket-queue operations at a managed service provider.
    const { roles, status } = await decode(page, siteReliability.text);
    const first = page.locator('ol[data-results] > li').first();
    await expect(first.locator('a').getAttribute('href')).resolves.toBe(`/roles/${siteReliability.expected}/`);
    await expect(first.textContent()).resolves.toMatch(/^IT Operations \d+%\. solid underline\.\s*Points to it: \w/);
    expect(roles.length).toBeGreaterThan(1);
    expect(status).toMatch(reads);
    expect(status).toMatch(
      /is IT Operations work[;.].* Titled Site Reliability Engineer: usually Site Reliability Engineering; this one reads as IT Operations\.$/,
    );
    await expect(page.locator('#decoder-title a').getAttribute('href')).resolves.toBe('/titles/site-reliability-engineer/');
    await expect(page.locator('.how-to-read').textContent()).resolves.toMatch(/weighs from 1.* to 5/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('marks each leading role with its own colour and underline, names them in a legend, and says the role on hover', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await decode(page, siteReliability.text);
    const legend = await page.locator('#signal-legend li').allTextContents();
    const leading = (await page.locator('ol[data-results] > li > a').allTextContents()).slice(0, 3);
    expect(legend).toEqual(leading.map((role, i) => `${role}: ${['solid', 'double', 'dashed'][i]} underline`));
    const marks = await marksIn(page);
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) {
      const place = leading.indexOf(mark.role!);
      expect(place, `${mark.text} points to ${mark.role}`).toBeGreaterThanOrEqual(0);
      expect(mark.style).toBe(['solid', 'double', 'dashed'][place]);
      // A phrase's first mention names its role to a screen reader; the list names every phrase.
      expect(mark.label === undefined || mark.label === ` (${mark.role})`).toBe(true);
    }
    expect(new Set(marks.map((mark) => mark.style)).size).toBeGreaterThan(1);
    expect(marks.filter((mark) => mark.label).length).toBeGreaterThan(2);

    const first = page.locator('#decoded-advert mark').first();
    await first.hover();
    const shown = await first.evaluate((mark) => getComputedStyle(mark, '::after').content);
    expect(shown).toBe(JSON.stringify(await first.getAttribute('data-role')));
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('in the %s theme, colours each mark as its role in the key, with text that passes contrast', async (theme) => {
    const { page, problems } = await openTab(browser(), { colorScheme: theme });
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await decode(page, siteReliability.text);
    const colours = await page.evaluate(() => {
      const paint = (element: Element) => ({ background: getComputedStyle(element).backgroundColor, text: getComputedStyle(element).color });
      const key = Object.fromEntries([...document.querySelectorAll('#signal-legend .signal')].map((swatch) => [swatch.textContent, paint(swatch)]));
      const marks = [...document.querySelectorAll('#decoded-advert mark')].map((mark) => ({ role: mark.getAttribute('data-role')!, ...paint(mark) }));
      return { key, marks };
    });
    const backgrounds = Object.values(colours.key).map((paint) => paint.background);
    expect(new Set(backgrounds).size, 'each leading role has a colour of its own').toBe(backgrounds.length);
    for (const mark of colours.marks) {
      expect(mark.background, `a mark for ${mark.role}`).toBe(colours.key[mark.role]!.background);
      expect(contrast(mark.text, mark.background), `text on a mark for ${mark.role}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the marked advert one tab stop, however many phrases it marks', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await decode(page, siteReliability.text);
    await expect(page.locator('#decoded-advert mark').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('#decoded-advert [tabindex]').count()).resolves.toBe(0);
    await expect(page.locator('#decoded-advert').getAttribute('tabindex')).resolves.toBe('0');
    // From the advert region, the next stop is the share link's box, not a phrase inside the advert.
    await page.locator('#decoded-advert').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('share-link');
    await page.close();
  });

  it('leads the result with a verdict: the leading role, and a bar and percentage for each role', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await decode(page, siteReliability.text);
    const verdict = page.locator('.verdict');
    await expect(verdict.getByRole('heading', { name: 'What this advert is' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#verdict-role').textContent()).resolves.toBe('IT Operations');
    await expect(page.locator('#verdict-text').textContent()).resolves.toMatch(reads);
    const ranked = await page
      .locator('ol[data-results] > li')
      .evaluateAll((items) =>
        items.map((item) => ({ role: item.querySelector('a')!.textContent, share: item.querySelector('.share')!.textContent.match(/\d+%/)![0] })),
      );
    const bars = await page.locator('#verdict-shares > li').evaluateAll((items) =>
      items.map((item) => ({
        role: item.querySelector('.name')!.textContent,
        share: item.querySelector('.value')!.textContent,
        width: item.querySelector('.bar')!.getBoundingClientRect().width / item.querySelector('.track')!.getBoundingClientRect().width,
      })),
    );
    expect(bars.map(({ role, share }) => ({ role, share }))).toEqual(ranked);
    for (const bar of bars) expect(bar.width, `${bar.role}'s bar`).toBeCloseTo(Number.parseInt(bar.share) / 100, 1);
    // The verdict box shows the words the status announces; on screen they appear once.
    await expect(page.locator('#decoder-status').evaluate((status) => status.classList.contains('sr-only'))).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['a laptop', { viewport: { width: 1366, height: 768 } }],
    ['a phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ])('on %s, has Decode and a sample advert on the first screen, and the sample decodes as InfraOps', async (_, device) => {
    const { page, problems } = await openTab(browser(), device);
    await page.goto(`${siteUrl}tools/job-decoder/`);
    for (const name of ['Decode', 'Try a sample advert']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.y + box.height, `${name} is on the first screen`).toBeLessThanOrEqual(device.viewport.height);
    }
    await expect(page.locator('#advert').getAttribute('placeholder')).resolves.toMatch(/^Paste the whole advert/);
    await page.getByRole('button', { name: 'Try a sample advert' }).click();
    await expect.poll(() => page.locator('#verdict-role').textContent()).toBe('InfraOps');
    await expect(page.locator('#advert').inputValue()).resolves.toMatch(/^DevOps Engineer\n/);
    await expect(page.locator('#verdict-text').textContent()).resolves.toContain(
      'Titled DevOps Engineer: usually DevOps; this one reads as InfraOps.',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('marks every mention of a phrase it finds, and says how often it found it', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    // "Service desk" points to IT Operations alone, and the advert says it four times (the weight counts three).
    const advert = `IT Support Analyst\nYou will run the service desk queue and log incidents. The service desk works shifts; ITIL change management and the CMDB are yours.\nCover the Service Desk at weekends, and train new service desk staff.`;
    await decode(page, advert);
    const itOperations = page.locator('ol[data-results] > li').filter({ has: page.locator('a', { hasText: /^IT Operations$/ }) });
    await expect(itOperations.locator('.why').textContent()).resolves.toMatch(/service desk \(×4\)/);
    const marked = (await marksIn(page)).filter((mark) => mark.text.toLowerCase() === 'service desk');
    expect(marked.map((mark) => mark.role)).toEqual(Array(4).fill('IT Operations'));
    await expect(page.locator('#the-advert + p').textContent()).resolves.toContain(
      'A phrase that points to two of them is marked for the one ranked higher.',
    );
    await page.close();
  });

  it('works from the keyboard alone and announces the result', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.getByLabel('Job advert, title and duties included').focus();
    await page.keyboard.insertText(jobAdverts[0]!.text);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#decoder-status').textContent()).toMatch(reads);
    await expect(page.locator('#decoder-status').getAttribute('role')).resolves.toBe('status');
    await page.close();
  });

  it('opens a shared link on its result, with the advert carried in the fragment only, and copies the result as text', async () => {
    const { page, problems } = await openTab(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${siteUrl}tools/job-decoder/`);
    const { status } = await decode(page, siteReliability.text);
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#advert=[\w-]+$/);
    const link = await page.locator('#share-link').inputValue();
    expect(new URL(link).search).toBe('');
    await expect(page.locator('#share-note').textContent()).resolves.toMatch(
      /after the # in the address\. Browsers never send that part to a server/,
    );

    await page.getByRole('button', { name: 'Copy the result as text' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Result copied as text.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${status.replace(/ Titled .*$/, '')}\nTitled Site Reliability Engineer`)).toBe(true);
    expect(copied).toMatch(/\n- IT Operations, \d+%: /);
    expect(copied.endsWith(link)).toBe(true);

    const { page: opened, problems: openedProblems } = await openTab(browser());
    const sent: string[] = [];
    opened.on('request', (request) => sent.push(request.url()));
    await opened.goto(link);
    await expect.poll(() => opened.locator('#decoder-status').textContent()).toBe(status);
    await expect(opened.locator('#advert').inputValue()).resolves.toBe(siteReliability.text);
    await expect(opened.locator('#decoded-advert mark').count()).resolves.toBeGreaterThan(3);
    const code = new URL(link).hash.slice(1);
    expect(sent.filter((url) => url.includes(code.slice(8, 40)))).toEqual([]);
    expect(problems.concat(openedProblems)).toEqual([]);
    await page.close();
    await opened.close();
  });

  it('says so when a shared link has been cut short, without crashing', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await decode(page, siteReliability.text);
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#advert=/);
    const link = await page.locator('#share-link').inputValue();
    const { page: opened, problems: openedProblems } = await openTab(browser());
    await opened.goto(link.slice(0, link.indexOf('#advert=') + 40));
    await expect.poll(() => opened.locator('#decoder-status').textContent()).toMatch(/^The advert in this link could not be read/);
    await expect(opened.locator('#decoder-result').isHidden()).resolves.toBe(true);
    expect(problems.concat(openedProblems)).toEqual([]);
    await page.close();
    await opened.close();
  });

  it('checks a hiring manager’s draft against the role they mean to hire, and keeps the check in the share link', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.getByLabel('Checking my own advert before I post it').check();
    await page.getByLabel('Role you mean to hire').selectOption({ label: 'InfraOps' });
    const { status } = await decode(page, siteReliability.text);
    expect(status).toMatch(/ \d+ things? to look at before you post it as InfraOps\.$/);
    await expect(page.locator('#check-heading').textContent()).resolves.toBe('Checked as an advert for InfraOps');
    const findings = page.locator('#check-findings > li');
    await expect(findings.first().textContent()).resolves.toMatch(/^It reads as IT Operations first, not InfraOps: .+ points there, through “/);
    const texts = await findings.allTextContents();
    expect(texts.some((text) => text.startsWith('It never states a core InfraOps duty: '))).toBe(true);
    expect(texts.some((text) => /^“Site Reliability Engineer” usually means Site Reliability Engineering: /.test(text))).toBe(true);
    for (const href of await findings.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      expect(href).toMatch(/^\/(roles|titles|compare)\//);
    await expect(page.locator('#check-misleading li').count()).resolves.toBeGreaterThanOrEqual(2);

    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#check=infraops&advert=/);
    const { page: opened } = await openTab(browser());
    await opened.goto(await page.locator('#share-link').inputValue());
    await expect.poll(() => opened.locator('#decoder-status').textContent()).toBe(status);
    await expect(opened.getByLabel('Role you mean to hire').inputValue()).resolves.toBe('infraops');
    await expect(opened.locator('#check-findings > li').allTextContents()).resolves.toEqual(texts);
    expect(problems).toEqual([]);
    await page.close();
    await opened.close();
  });

  it('marks the right characters in text with Turkish İ, combining marks and emoji', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await decode(
      page,
      'İSTANBUL 🚀 Destek Ekibi\r\nİTİL-trained, you run the service desk 👩🏽‍💻 for our café\u0301 chain, raise change requests and handle incident management every week.',
    );
    const marked = (await marksIn(page)).map((mark) => mark.text);
    expect(marked).toEqual(expect.arrayContaining(['İTİL', 'service desk', 'change requests', 'incident management']));
    for (const text of marked) expect(text).toMatch(/^[\p{L} -]+$/u);
    await page.close();
  });

  it.each([
    ['empty text', '', /^Paste a job advert/],
    ['a single word', 'Kubernetes', /^That is 1 word/],
    ['markup', `<img src=x onerror="window.injected=1"><script>window.injected=2</script> ${'service desk incidents '.repeat(10)}`, reads],
    [
      'another language',
      'Wir suchen eine engagierte Fachkraft für den Betrieb unserer Systeme in Hamburg, mit Freude an Teamarbeit und Verantwortung.',
      /^None of the duties/,
    ],
    ['more than the decoder reads', 'service desk '.repeat(80_000), /^That is 1,040,000 characters; the decoder reads up to 1,000,000/],
  ])('answers %s clearly, without running or injecting anything', async (_, text, message) => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    const { status } = await decode(page, text);
    expect(status).toMatch(message);
    await expect(page.evaluate(() => (window as unknown as { injected?: number }).injected)).resolves.toBeUndefined();
    await expect(page.locator('#decoded-advert img, #decoded-advert script').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('decodes a megabyte completely, and half a megabyte of one repeated phrase, marking the first 100,000 characters', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    const megabyte = jobAdverts
      .map((advert) => advert.text)
      .join('\n')
      .repeat(60)
      .slice(0, 1_000_000);
    for (const text of [megabyte, 'service desk '.repeat(40_000)]) {
      // Typing a megabyte key by key would measure Playwright, not the page: the text arrives as one paste would.
      await page.locator('#advert').evaluate((textarea, value) => ((textarea as HTMLTextAreaElement).value = value), text);
      const { status } = await decode(page);
      expect(status).toMatch(reads);
      await expect(page.locator('#decoded-advert-note').textContent()).resolves.toBe(
        `The ranking read all ${text.length.toLocaleString('en-GB')} characters; the first 100,000 are shown here, marked.`,
      );
      const shown = () =>
        page.locator('#decoded-advert').evaluate((view) => {
          const copy = view.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.sr-only').forEach((label) => label.remove());
          // A very long line goes on in a paragraph marked "continued": it joins its line without a line break.
          return [...copy.querySelectorAll('p')]
            .map((paragraph) => `${paragraph.classList.contains('continued') ? '' : '\n'}${paragraph.textContent}`)
            .join('')
            .slice(1);
        });
      await expect.poll(shown).toBe(text.slice(0, 100_000));
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a phone screen', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await decode(page, jobAdverts[1]!.text);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
    await page.close();
  });

  it('sends nothing anywhere with JavaScript off, and says the decoder runs in the browser', async () => {
    const { page, problems } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await expect(page.locator('.decoder-off').textContent()).resolves.toMatch(
      /^JavaScript is off, so the decoder cannot run: it reads the advert in your browser, and this form sends nothing anywhere\./,
    );
    const address = page.url();
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.url()));
    await page.locator('#advert').fill(siteReliability.text);
    await page.getByRole('button', { name: 'Decode' }).click();
    await page.locator('#advert').press('Control+Enter');
    await page.waitForTimeout(500);
    expect(sent).toEqual([]);
    expect(page.url()).toBe(address);
    await expect(page.locator('#advert').inputValue()).resolves.toBe(siteReliability.text);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the company-context self-check', () => {
  const shared = selfCheckAnswers;

  it('opens a shared address on its result: the best fit, the runner-up, their reasons, the teams and the matrix', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?${shared}`);
    await expect.poll(() => page.locator('#self-check-result h3').first().textContent()).toMatch(/^Best fit: /);
    const headings = await page.locator('#self-check-result h3').allTextContents();
    expect(headings.slice(1, 3)).toEqual(['Teams to set up', 'Responsibility matrix']);
    expect(headings.some((heading) => heading.startsWith('Runner-up: '))).toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('your-result');
    await expect(
      page
        .locator('#your-result')
        .boundingBox()
        .then((box) => box!.y),
    ).resolves.toBeLessThan(844);
    await expect(
      page
        .locator('#self-check-result p')
        .filter({ hasText: /^Fits because: / })
        .first()
        .textContent(),
    ).resolves.toMatch(/; /);
    await expect(page.locator('#self-check-status').textContent()).resolves.toMatch(
      /^Best fit: .+\. It fits 3 of 3 answers; [1-4] teams?\. Runner-up: .+\.$/,
    );
    await expect(page.locator('input[name="partners"][value="msp-operations"]').isChecked()).resolves.toBe(true);
    const columns = await page.locator('#self-check-result table thead th').count();
    expect(columns).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ignores an unknown or malformed answer with a visible note', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?company-size=gigantic&colour=blue&partners=all-in-house&drop=nobody`);
    await expect.poll(() => page.locator('#self-check-status').textContent()).toContain('Ignored “company-size=gigantic”');
    await expect(page.locator('#self-check-status').textContent()).resolves.toContain('Ignored “colour”: there is no such question.');
    await expect(page.locator('#self-check-status').textContent()).resolves.toContain('Ignored “drop=nobody”');
    await page.close();
  });

  it('is answered with the keyboard, keeps the answers in the address and moves to the result', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/`);
    const option = page.locator('input[name="company-size"]').last();
    await option.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Show my result' }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('company-size')).toBe(await option.getAttribute('value'));
    await expect(page.locator('#self-check-result h3').first().textContent()).resolves.toMatch(/^Best fit: /);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('your-result');
    await page.close();
  });

  it('lets the reader drop a team, add one and move an activity to a partner, and the matrix and the address follow', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?${shared}`);
    await page.locator('#self-check-result table').waitFor();
    const teamsBefore = await page.locator('#self-check-result table thead th').allTextContents();

    await page.locator('#self-check-result [data-drop]').last().click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('drop').length).toBe(1);
    await expect.poll(() => page.locator('#self-check-result table thead th').count()).toBe(teamsBefore.length - 1);

    await page.getByLabel('Add a team for').selectOption({ label: 'DevSecOps' });
    await page.getByRole('button', { name: 'Add team' }).click();
    await expect.poll(() => page.locator('#self-check-result table thead th').allTextContents()).toContain('DevSecOps team');

    const mover = page.getByLabel('Who does it: Patching and updates');
    const partner = await mover
      .locator('option')
      .filter({ hasText: /partner/i })
      .first()
      .getAttribute('value');
    await mover.selectOption(partner);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('move')).toEqual([`patching:${partner}`]);
    const patchingRow = page.locator('#self-check-result tbody tr').filter({ has: page.locator('th a', { hasText: /^Patching and updates$/ }) });
    await expect.poll(() => patchingRow.locator('td[data-letters="R"]').count()).toBe(1);

    // The adjusted address, opened afresh, gives the same matrix.
    const matrixNow = await page.locator('#self-check-result table').innerText();
    await page.goto(page.url());
    await page.locator('#self-check-result table').waitFor();
    await expect(page.locator('#self-check-result table').innerText()).resolves.toBe(matrixNow);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('forgets work moved to a team when the reader drops that team, and counts one team as "1 team"', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?company-size=small-generalists&partners=msp-operations&move=patching:msp`);
    await page.locator('#self-check-result table').waitFor();
    await page.locator('#self-check-result [data-drop="msp"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('move')).toEqual([]);
    await expect.poll(() => page.locator('#self-check-status').textContent()).toMatch(/; 1 team as you adjusted them\. /);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('forgets work moved to a team the reader added, when the reader drops it again, without blaming the address', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?company-size=small-generalists&add=sre&move=patching:added-sre`);
    await page.locator('#self-check-result [data-drop="added-sre"]').click();
    await expect.poll(() => new URL(page.url()).search).not.toContain('move=');
    await expect(page.locator('#self-check-status').textContent()).resolves.not.toContain('Ignored');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('copies the matrix as Markdown, downloads it as CSV and prints the result with its address', async () => {
    const { page, problems } = await openTab(browser(), { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    await page.goto(`${siteUrl}tools/self-check/?${shared}`);
    await page.locator('#self-check-result table').waitFor();
    const rows = await page.locator('#self-check-result tbody tr').count();

    await page.getByRole('button', { name: 'Copy the matrix as Markdown' }).click();
    await expect.poll(() => page.locator('#self-check-result .export [role="status"]').textContent()).toMatch(/Copied/);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.split('\n')).toHaveLength(rows + 2);
    expect(markdown).toMatch(/^\| Activity \| .+ \|\n\| --- \|/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download it as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^[a-z-]+-responsibilities\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')).toHaveLength(rows + 1);
    expect(csv.startsWith('Activity,')).toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#self-check').isVisible()).resolves.toBe(false);
    await expect(page.locator('.result-address').isVisible()).resolves.toBe(true);
    await expect(page.locator('.result-address a').getAttribute('href')).resolves.toBe(page.url());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on a phone, keeps the header row in view down the matrix, with readable warnings and who does each activity beside it', async () => {
    const { page, problems } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    // Dropping the product teams leaves activities nobody does, so the matrix carries its warnings.
    await page.goto(`${siteUrl}tools/self-check/?${shared}&drop=product-teams`);
    const region = page.locator('#self-check-result .scroll-table');
    await region.waitFor();
    await region.evaluate((box) => box.scrollIntoView({ block: 'end' }));
    await region.evaluate((box) => (box.scrollTop = box.scrollHeight / 2));
    const regionBox = (await region.boundingBox())!;
    for (const header of await page.locator('#self-check-result thead th').all()) {
      const box = await header.boundingBox();
      if (!box || box.x > regionBox.x + regionBox.width) continue;
      expect(box.y, `${await header.textContent()} stays at the top of the matrix`).toBeGreaterThanOrEqual(regionBox.y - 1);
      expect(box.y, `${await header.textContent()} stays at the top of the matrix`).toBeLessThan(regionBox.y + 5);
    }
    const warning = page.locator('#self-check-result tbody th .gap').first();
    const lines = await warning.evaluate((gap) => gap.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(gap).lineHeight));
    expect(lines, 'a warning under an activity').toBeLessThanOrEqual(4);
    // The control that moves an activity sits in the activity's own cell, which stays in view, and names who does it now.
    const patching = page.getByLabel('Who does it: Patching and updates');
    await expect(patching.evaluate((select) => select.closest('th')?.scope)).resolves.toBe('row');
    await expect(patching.locator('option').first().textContent()).resolves.toMatch(/^As the model says: .+/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows no focus ring where it moves focus for a mouse or touch reader, and prints no control or empty column', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${siteUrl}tools/self-check/?${shared}`);
    await page.locator('#self-check-result table').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('your-result');
    await expect(page.locator('#your-result').evaluate((heading) => getComputedStyle(heading).outlineStyle)).resolves.toBe('none');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#self-check-result select').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('#self-check-result button').first().isVisible()).resolves.toBe(false);
    const columns = await page.locator('#self-check-result thead th').allTextContents();
    expect(
      columns.every((column) => column.trim().length > 0),
      `every printed column has a heading: ${columns.join(' | ')}`,
    ).toBe(true);
    // No blank page: nothing printed stands below the last line of the result.
    const trailing = await page.evaluate(() => {
      const last = [...document.querySelectorAll('main *')].filter((element) => element.checkVisibility() && element.textContent?.trim());
      const bottom = Math.max(...last.map((element) => element.getBoundingClientRect().bottom + scrollY));
      return document.documentElement.scrollHeight - bottom;
    });
    expect(trailing, 'space printed after the result').toBeLessThan(200);
    await page.close();
  });

  it('lists the models and links to their pages without JavaScript, and still explains every question', async () => {
    const { page } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}tools/self-check/`);
    await expect(page.locator('fieldset legend').count()).resolves.toBe(5);
    await expect(page.locator('fieldset a[href^="/factors/"]').count()).resolves.toBe(5);
    await expect(page.locator('#the-models + ul a[href^="/models/"]').count()).resolves.toBeGreaterThanOrEqual(6);
    await page.close();
  });
});

describe('an operating model page', () => {
  it('shows the matrix straight after the teams, lists it on the page, and copies and downloads the same rows with their notes', async () => {
    const { page, problems } = await openTab(browser(), { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    await page.goto(`${siteUrl}models/enterprise-central-it-sre/`);
    const contents = await page.locator('starlight-toc a').allTextContents();
    expect(contents.slice(1, 4)).toEqual(['The teams', 'Responsibility matrix', 'How it works']);
    const table = page.locator('table[data-raci]');
    const rows = await table.locator('tbody tr').count();
    await expect(
      table
        .locator('tbody th')
        .filter({ hasText: /^Incident response: critical services/ })
        .count(),
    ).resolves.toBe(1);
    await expect(table.locator('td.not-applicable').first().textContent()).resolves.toMatch(/^Not applicable: .{20,}/);
    // A decided row links to its note, and the note says why.
    const marker = table.locator('tbody th sup a').first();
    await marker.click();
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toMatch(/^.+: .{20,}/);

    await page.getByRole('button', { name: 'Copy the matrix as Markdown' }).click();
    await expect.poll(() => page.locator('.raci-export [role="status"]').textContent()).toMatch(/Copied/);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(await page.locator('#raci-markdown').textContent());
    expect(markdown.split('\n')).toHaveLength(rows + 2);
    expect(markdown).toContain('| Developer platform | N/A | N/A | N/A | N/A | Not applicable: ');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download it as CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')).toHaveLength(rows + 1);
    expect(csv).toContain('Incident response: critical services,');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the Markdown readable without JavaScript, with no copy button that would do nothing', async () => {
    const { page } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}models/scaleup-platform/`);
    await expect(page.getByRole('button', { name: 'Copy the matrix as Markdown' }).count()).resolves.toBe(0);
    await page.locator('summary', { hasText: 'The matrix as Markdown' }).click();
    await expect(page.locator('#raci-markdown').textContent()).resolves.toMatch(/^\| Activity \| Product teams \| Platform team \| Note \|/);
    await page.close();
  });
});
