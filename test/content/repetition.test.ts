import { describe, expect, it } from 'vitest';

import { readContentFiles } from '../support/content';

/**
 * One finding, one home: a research finding is stated on its home page (and at most two others where it is the point
 * of the page); every other page links to the home with <See>. Each pattern matches a sentence that states the finding
 * itself, by its figure or its claim, not a sentence that merely links to it.
 */
const findings = [
  {
    finding: 'external change approval slows delivery without lowering change fail rate (DORA 2019)',
    home: 'activities/change-management',
    states: /(approv|advisory board|sign-off)[^.]*(slow(s|ed)? delivery|no (sign|evidence) (of|that)|does nothing measurable|without (lowering|reducing))/i,
  },
  {
    finding: "SRE caps operational work at 50 % of an engineer's time (SRE book)",
    home: 'roles/sre',
    states: /(50 ?%|half)[^.]*(an SRE's time|engineer's time|of (their|its|each engineer's) time)|cap[^.]*(50 ?%|at half)/i,
  },
  {
    finding: 'flexible infrastructure goes with 30 % higher organisational performance (DORA 2023)',
    home: 'goals/reduce-delivery-effort',
    states: /(flexib|cloud)[^.]*30 ?%|30 ?%[^.]*(flexib|cloud)/i,
  },
  {
    finding: 'only 29 % of cloud adopters met all five characteristics; elite 23 times likelier (DORA 2019)',
    home: 'goals/reduce-delivery-effort',
    states: /\b29 ?%|23 times/i,
  },
  {
    finding: 'elite performers deployed 46 times as often, with 2,555 times faster lead times, 2,604 times faster recovery and a seven times lower change fail rate (DORA 2018)',
    home: 'glossary/dora-metrics',
    states: /\b46 times|2,555|2,604|(seven|7) times lower/i,
  },
  {
    finding: 'platform users saw about 8 % lower throughput and 14 % lower stability (DORA 2024)',
    home: 'roles/platform-engineering',
    states: /platform[^.]*(throughput|stability)[^.]*(lower|fall|drop|dent|reduc)|\b14 ?%/i,
  },
  {
    finding: '90 % use at least one platform, 76 % have platform teams (DORA 2025)',
    home: 'activities/developer-platform',
    states: /\b(90|76) ?%/,
  },
  {
    finding: 'outsourcing whole functions goes with lower performance (DORA 2018)',
    home: 'factors/partners',
    states: /outsourc[^.]*(lower|weaker|worse) (delivery )?performance|(lower|weaker|worse) performance[^.]*outsourc|(whole|entire) functions[^.]*(perform worse|lower performance|weaker performance|tended to perform)/i,
  },
  {
    finding: 'high performers spend 50 % less time fixing security issues (2016 State of DevOps Report)',
    home: 'goals/increase-security',
    states: /50 ?% less time/i,
  },
  {
    finding: 'SRE and DevOps are complementary (DORA 2021)',
    home: 'compare/devops-vs-sre',
    states: /DORA[^.]*(complement)/i,
  },
  {
    finding: 'a sustainable 24/7 rota needs eight engineers on one site or six on each of two, at most 25 % of time on call and two incidents a shift (SRE book)',
    home: 'roles/sre',
    states: /eight (engineers|people)|six (on each|per site|at each)|two incidents per|(25 ?%|a quarter) of [^.]*time on call/i,
  },
  {
    finding: 'a generative culture goes with 30 % higher organisational performance (DORA 2023)',
    home: 'enablers/continuous-learning',
    states: /generative[^.]*30 ?%|30 ?%[^.]*generative/i,
  },
  {
    finding: 'high performers spread change through communities of practice; big-bang change is commonest among low performers (DORA)',
    home: 'enablers/continuous-learning',
    states: /(high|low|strongest|weakest) (performers|-performing)[^.]*(communities of practice|centres? of excellence|big-bang)|(communities of practice|big-bang)[^.]*(high|low) performers/i,
  },
];

const files = readContentFiles();
const pageOf = (file: (typeof files)[number]) => `${file.kind === 'comparisons' ? 'compare' : file.kind}/${file.id}`;
const sentencesOf = (body: string) => body.replace(/<Cite[^>]*\/>/g, '').split(/(?<=[.!?])\s+|\n/);

describe('one finding, one home', () => {
  it.each(findings)('$finding is stated on at most three pages, one of them its home', ({ home, states }) => {
    const pages = files.filter((file) => sentencesOf(file.body).some((sentence) => states.test(sentence))).map(pageOf);
    expect(pages).toContain(home);
    expect(pages.length, `stated on ${pages.join(', ')}`).toBeLessThanOrEqual(3);
  });

  it('can tell a page that states a finding from one that links to it', () => {
    const { states } = findings[0]!;
    expect(states.test('DORA found that approval by a change advisory board slows delivery.')).toBe(true);
    expect(states.test('See <See to="activities/change-management">change management</See> for the evidence on approval.')).toBe(false);
  });
});
