import { describe, expect, it } from 'vitest';

import {
  checkAdvert,
  decodeAdvert,
  foldCase,
  resultText,
  type DecoderData,
  type Ranked,
  type RoleSignals,
  type TitleNames,
} from '../../src/tools/decoder';

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
const title = (id: string, name: string, aliases: string[], usually: string, others: TitleNames['means'] = []): TitleNames => ({
  id,
  title: name,
  names: [name, ...aliases],
  usually,
  means: [{ role: usually, strength: 'usually' }, ...others],
});
const titles: TitleNames[] = [
  title('devops-engineer', 'DevOps Engineer', ['Cloud DevOps Engineer'], 'devops', [{ role: 'sre', strength: 'often' }]),
  title('service-desk-analyst', 'Service Desk Analyst', ['Helpdesk Analyst'], 'it-operations'),
  title('security-engineer', 'Security Engineer', ['SOC Analyst'], 'it-operations'),
  title('application-security-engineer', 'Application Security Engineer', ['Product Security Engineer'], 'devsecops'),
  title('site-reliability-engineer', 'Site Reliability Engineer', ['SRE'], 'sre'),
];
const duties =
  'You will run the service desk, raise change requests under ITIL and keep the Kubernetes clusters patched for our customers every week.';

const highlightedIn = (advert: string, decoded: ReturnType<typeof decodeAdvert>) =>
  decoded.kind === 'ranked'
    ? decoded.ranked.flatMap((role) => role.matches.flatMap((match) => match.ranges.map(([start, end]) => advert.slice(start, end))))
    : [];

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
    expect(decoded.reading).toBe('Most of what this advert asks for is IT Operations work.');
    expect(decoded.twoJobs).toBeUndefined();
  });

  it('says in words what the shares mean, and names two jobs in one when two roles are both strong', () => {
    const decoded = decodeAdvert(
      `Operations Engineer\nRun the service desk and its change requests, and set error budgets for the platform with every product team.`,
      roles,
    );
    expect(decoded.kind === 'ranked' && decoded.ranked.map((role) => [role.id, role.score])).toEqual([
      ['it-operations', 8],
      ['sre', 5],
    ]);
    expect(decoded.kind === 'ranked' && decoded.reading).toBe(
      'More than half of what this advert asks for is IT Operations work; about two fifths points to Site Reliability Engineering. It reads as two jobs in one: IT Operations and Site Reliability Engineering.',
    );
    expect(decoded.kind === 'ranked' && decoded.twoJobs?.map((role) => role.id)).toEqual(['it-operations', 'sre']);
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

  it('marks the right characters in any Unicode text: Turkish İ, combining marks, emoji and CRLF line ends', () => {
    const advert = `İSTANBUL 🚀 DevOps Engineer\r\nİTİL-trained, you run the service desk 👩🏽‍💻 and raise change requests; café\u0301 error budgets and more words.`;
    expect(foldCase(advert)).toHaveLength(advert.length);
    const decoded = decodeAdvert(advert, roles, titles);
    expect(highlightedIn(advert, decoded).sort()).toEqual(['change requests', 'error budgets', 'service desk', 'İTİL']);
    expect(decoded.kind === 'ranked' && decoded.titled?.id).toBe('devops-engineer');
    // "ITIL" written with dotted capitals (İTİL) folds to itil and lands on those four characters.
    const dotted = decodeAdvert(`We need İTİL experience and a calm head for the service desk in our busy Ankara office every day.`, roles);
    expect(highlightedIn('We need İTİL experience and a calm head for the service desk in our busy Ankara office every day.', dotted)).toContain(
      'İTİL',
    );
  });

  it('does not find a phrase inside a word that goes on with a combining mark or a letter beyond the Basic Multilingual Plane', () => {
    const text = `You will improve the itil\u0301 and itil𝐀 processes for everyone, and also the service desk, every single week.`;
    const decoded = decodeAdvert(text, roles);
    expect(decoded.kind === 'ranked' && decoded.ranked[0]!.matches.map((match) => match.phrase)).toEqual(['service desk']);
  });

  it('scores half a megabyte of one repeated phrase completely, without overflowing the stack', () => {
    const advert = 'service desk '.repeat(40_000);
    expect(advert.length).toBeGreaterThan(500_000);
    const decoded = decodeAdvert(advert, roles);
    expect(decoded.kind === 'ranked' && decoded.ranked[0]!.matches[0]!.count).toBe(40_000);
    // The score still counts the phrase at most three times.
    expect(decoded.kind === 'ranked' && decoded.ranked[0]!.score).toBe(15);
  });

  it('refuses text beyond the cap with a message that says how much it reads', () => {
    const decoded = decodeAdvert('x'.repeat(1_000_001), roles);
    expect(decoded).toEqual({ kind: 'too-long', message: expect.stringMatching(/^That is 1,000,001 characters; the decoder reads up to 1,000,000/) });
  });
});

const data: DecoderData = {
  roles: roles.map((role) => ({
    ...role,
    href: `/roles/${role.id}/`,
    outline: {
      core: {
        devops: [{ duty: 'Owns the CI/CD pipelines', shownBy: ['ci/cd pipelines'] }],
        'it-operations': [
          { duty: 'Runs the service desk', shownBy: ['service desk'] },
          { duty: 'Works to ITIL', shownBy: ['itil'] },
        ],
        sre: [
          { duty: 'Sets error budgets', shownBy: ['error budgets'] },
          { duty: 'Runs Kubernetes', shownBy: ['kubernetes'] },
        ],
      }[role.id]!,
      misleading: [],
    },
  })),
  titles: titles.map((entry) => ({ ...entry, href: `/titles/${entry.id}/` })),
  pairs: [{ roles: ['it-operations', 'sre'], href: '/compare/it-operations-vs-sre/' }],
};
const ranked = (advert: string) => decodeAdvert(advert, roles, titles) as Ranked;

describe('checking a draft advert against the role it means to hire', () => {
  it('reports duties of another role, a missing core duty, a misleading title and two jobs in one, each with a page and a suggestion', () => {
    const draft = ranked(
      'Site Reliability Engineer\nRun the service desk and its change requests, and keep our Kubernetes clusters healthy for every product team.',
    );
    const findings = checkAdvert(draft, { role: 'sre' }, data);
    expect(findings.map((finding) => finding.kind)).toEqual(['reads-as-other', 'missing-duty']);
    expect(findings[0]!.finding).toBe(
      'It reads as IT Operations first, not Site Reliability Engineering: most of what it asks for points there, through “service desk”, “change requests”.',
    );
    expect(findings[0]!.link).toEqual({ href: '/roles/it-operations/', text: 'What IT Operations is' });
    expect(findings[1]!.finding).toBe('It never states a core Site Reliability Engineering duty: sets error budgets.');
    expect(findings[1]!.suggestion).toBe('Say it, in words candidates search for, such as “error budgets”.');

    const mixed = checkAdvert(
      ranked('Helpdesk Analyst\nRun the service desk and its change requests, and set error budgets for the platform with every product team.'),
      { role: 'sre' },
      data,
    );
    expect(mixed.map((finding) => finding.kind)).toEqual(['reads-as-other', 'missing-duty', 'misleading-title', 'two-jobs']);
    expect(mixed[2]!.finding).toBe(
      '“Service Desk Analyst” usually means IT Operations: IT Operations people will apply, and Site Reliability Engineering people may pass it by.',
    );
    expect(mixed[2]!.suggestion).toBe('Use a title that means Site Reliability Engineering: Site Reliability Engineer.');
    expect(mixed[3]!.link).toEqual({ href: '/compare/it-operations-vs-sre/', text: 'IT Operations and Site Reliability Engineering compared' });
  });

  it('calls a title that often means the role ambiguous, and a chosen title outranks the first line', () => {
    const findings = checkAdvert(
      ranked(`Helpdesk Analyst\nSet error budgets and run Kubernetes for our services, with every product team, all year round.`),
      { role: 'sre', title: 'devops-engineer' },
      data,
    );
    expect(findings.map((finding) => finding.kind)).toEqual(['ambiguous-title']);
    expect(findings[0]!.finding).toMatch(/^“DevOps Engineer” usually means DevOps; it often means Site Reliability Engineering too/);
  });

  it('finds nothing to fix in an advert that reads as the role, states its core duties and carries a title that means it', () => {
    const good = ranked(
      'Helpdesk Analyst\nYou will run the service desk to ITIL, raise change requests and keep our users working, every week of the year.',
    );
    expect(checkAdvert(good, { role: 'it-operations' }, data)).toEqual([]);
    expect(resultText(good, { intended: 'IT Operations', list: [] })).toBe(
      [
        'Nearly all of what this advert asks for is IT Operations work.',
        'Titled Service Desk Analyst: usually IT Operations; this advert reads as IT Operations.',
        '',
        'Roles, by share of the weighted phrases found:',
        '- IT Operations, 100%: service desk, itil, change requests',
        '',
        'Checked as an advert for IT Operations: nothing to fix.',
      ].join('\n'),
    );
  });

  it('asks for a title on the first line when it carries none the catalogue knows', () => {
    const findings = checkAdvert(
      ranked(`Join us!\nYou will run the service desk to ITIL, raise change requests and keep our users working, every week.`),
      { role: 'it-operations' },
      data,
    );
    expect(findings.map((finding) => [finding.kind, finding.suggestion])).toEqual([
      ['no-title', 'Put the title on the first line: titles that mean IT Operations include Service Desk Analyst, Security Engineer.'],
    ]);
  });
});
