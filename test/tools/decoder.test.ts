import { describe, expect, it } from 'vitest';

import { decodeAdvert, type RoleSignals, type TitleNames } from '../../src/tools/decoder';

const roles: RoleSignals[] = [
  {
    id: 'devops',
    title: 'DevOps',
    signals: [
      { phrase: 'ci/cd pipelines', weight: 4 },
      { phrase: 'kubernetes', weight: 1 },
    ],
  },
  {
    id: 'it-operations',
    title: 'IT Operations',
    signals: [
      { phrase: 'service desk', weight: 5 },
      { phrase: 'itil', weight: 4 },
      { phrase: 'change requests', weight: 3 },
    ],
  },
  {
    id: 'sre',
    title: 'Site Reliability Engineering',
    signals: [
      { phrase: 'error budgets', weight: 5 },
      { phrase: 'kubernetes', weight: 1 },
    ],
  },
];
const titles: TitleNames[] = [
  { id: 'devops-engineer', title: 'DevOps Engineer', names: ['DevOps Engineer', 'Cloud DevOps Engineer'], usually: 'devops' },
  { id: 'service-desk-analyst', title: 'Service Desk Analyst', names: ['Service Desk Analyst', 'Helpdesk Analyst'], usually: 'it-operations' },
  { id: 'security-engineer', title: 'Security Engineer', names: ['Security Engineer', 'SOC Analyst'], usually: 'it-operations' },
  { id: 'application-security-engineer', title: 'Application Security Engineer', names: ['Product Security Engineer'], usually: 'devsecops' },
];
const duties =
  'You will run the service desk, raise change requests under ITIL and keep the Kubernetes clusters patched for our customers every week.';

describe('decoding an advert', () => {
  it('ranks the roles by the weight of the phrases found, with each role share of the match', () => {
    const decoded = decodeAdvert(`DevOps Engineer\n${duties}`, roles);
    expect(decoded.kind).toBe('ranked');
    if (decoded.kind !== 'ranked') return;
    expect(decoded.ranked.map((role) => [role.id, role.score, Math.round(role.share * 100)])).toEqual([
      ['it-operations', 12, 86],
      ['devops', 1, 7],
      ['sre', 1, 7],
    ]);
    expect(decoded.ranked[0]!.matches.map((match) => match.phrase)).toEqual(['service desk', 'itil', 'change requests']);
  });

  it('names the title, what it usually means and what the advert reads as', () => {
    const decoded = decodeAdvert(`Senior DevOps Engineer\n${duties}`, roles, titles);
    expect(decoded.kind === 'ranked' && decoded.titled?.id).toBe('devops-engineer');
    expect(decoded.kind === 'ranked' && decoded.verdict).toBe('Titled DevOps Engineer: usually DevOps; this one reads as IT Operations.');
    expect(decoded.kind === 'ranked' && decoded.mismatch).toBe(true);
    const honest = decodeAdvert(`Helpdesk Analyst\n${duties}`, roles, titles);
    expect(honest.kind === 'ranked' && honest.verdict).toBe(
      'Titled Service Desk Analyst: usually IT Operations; this advert reads as IT Operations.',
    );
    expect(honest.kind === 'ranked' && honest.mismatch).toBe(false);
  });

  it('reads the title from the first line only, and prefers the longest name it finds there', () => {
    const product = decodeAdvert(`Product Security Engineer\n${duties}`, roles, titles);
    expect(product.kind === 'ranked' && product.titled?.id).toBe('application-security-engineer');
    const buried = decodeAdvert(`Join our team\nYou will work with a DevOps Engineer. ${duties}`, roles, titles);
    expect(buried.kind === 'ranked' && buried.titled).toBeUndefined();
    const untitled = decodeAdvert(`Operations hero\n${duties}`, roles, titles);
    expect(untitled.kind === 'ranked' && untitled.verdict).toBeUndefined();
  });

  it('records where each phrase stands, for highlighting', () => {
    const decoded = decodeAdvert(duties, roles);
    const desk = decoded.kind === 'ranked' ? decoded.ranked[0]!.matches[0] : undefined;
    expect(desk?.ranges).toEqual([[duties.indexOf('service desk'), duties.indexOf('service desk') + 'service desk'.length]]);
  });

  it('counts a plural, and a phrase inside a longer matched phrase only once', () => {
    const withOverlap: RoleSignals[] = [
      {
        id: 'devops',
        title: 'DevOps',
        signals: [
          { phrase: 'ci/cd', weight: 2 },
          { phrase: 'ci/cd pipeline', weight: 4 },
        ],
      },
    ];
    const decoded = decodeAdvert('You will own our CI/CD pipelines and improve them across every product team we have here today.', withOverlap);
    expect(decoded.kind === 'ranked' && decoded.ranked[0]!.matches.map((match) => match.phrase)).toEqual(['ci/cd pipeline']);
  });

  it('matches whole words only and caps a repeated phrase', () => {
    const decoded = decodeAdvert(`${'itil '.repeat(20)} itilx deskservice and more words to reach the minimum length of an advert`, roles);
    // ITIL counts three times at weight 4; "itilx" and "deskservice" are not the phrases.
    expect(decoded.kind === 'ranked' && decoded.ranked[0]!.score).toBe(12);
  });

  it.each([
    ['empty text', '   ', 'empty'],
    ['a single word', 'DevOps', 'too-short'],
    [
      'text in another language',
      'Wir suchen eine engagierte Person für unser Team in Berlin mit Freude an Arbeit und guter Laune jeden Tag',
      'no-match',
    ],
  ])('answers %s with a message instead of a ranking', (_, text, kind) => {
    const decoded = decodeAdvert(text, roles);
    expect(decoded.kind).toBe(kind);
    expect('message' in decoded && decoded.message.length).toBeGreaterThan(20);
  });

  it('reads markup as plain text', () => {
    const decoded = decodeAdvert(`<script>alert(1)</script> <b>service desk</b> ${duties}`, roles);
    expect(decoded.kind === 'ranked' && decoded.ranked[0]!.id).toBe('it-operations');
  });
});
