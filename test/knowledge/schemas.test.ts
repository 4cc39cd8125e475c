import { describe, expect, it } from 'vitest';

import { schemas } from '../support/content';

const role = {
  title: 'DevOps',
  summary: 'Developers and operators share one team and one set of outcomes.',
  order: 1,
  owns: ['the delivery pipeline', 'production support', 'service health'],
  duties: ['build pipelines', 'write infrastructure as code', 'carry the pager', 'review changes'],
  skills: ['Git', 'Terraform', 'Kubernetes', 'GitHub Actions'],
  serves: [{ goal: 'deliver-more-often', emphasis: 'central', why: 'Small automated releases go out many times a day.' }],
  advertOutline: {
    core: [
      { duty: 'Owns the delivery pipeline', shownBy: ['CI/CD pipelines'] },
      { duty: 'Carries the pager for its services', shownBy: ['on-call'] },
      { duty: 'Tracks lead time and change failure rate', shownBy: ['dora metrics'] },
    ],
    misleading: ['A ticket queue makes it read as IT Operations', 'Error budgets make it read as SRE'],
    leaveOut: ['Every tool on the market', 'A DevOps mindset slogan'],
  },
  reviewed: new Date('2026-11-26'),
};

/** The messages a reader of the build output would see for this frontmatter. */
const problemsWith = (data: unknown) => {
  const result = schemas.roles.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('role frontmatter', () => {
  it('accepts a complete role and fills in the optional lists', () => {
    const parsed = schemas.roles.parse(role);
    expect(parsed.overlaps).toEqual([]);
    expect(parsed.advertOutline.core[0]!.shownBy).toEqual(['ci/cd pipelines']);
    expect(parsed.serves[0]?.goal).toEqual({ id: 'deliver-more-often', collection: 'goals' });
  });

  it('asks for an advert outline whose core duties each name the signals that show them', () => {
    expect(problemsWith({ ...role, advertOutline: undefined })).toEqual(['advertOutline: Invalid input: expected object, received undefined']);
    const noSignals = { ...role.advertOutline, core: [...role.advertOutline.core.slice(1), { duty: 'Owns the pipeline', shownBy: [] }] };
    expect(problemsWith({ ...role, advertOutline: noSignals })).toEqual([
      'advertOutline.core.2.shownBy: shownBy needs at least one of the role’s signals.',
    ]);
  });

  it('names the field and the rule when a summary runs over one line', () => {
    expect(problemsWith({ ...role, summary: 'A'.repeat(201) })).toContain('summary: summary must fit on one line: 200 characters at most.');
  });

  it('asks for the goals the role serves, each with how strongly', () => {
    expect(problemsWith({ ...role, serves: [] })).toContain('serves: serves needs every goal, each with its emphasis and why.');
    expect(
      problemsWith({ ...role, serves: [{ goal: 'deliver-more-often', emphasis: 'main', why: 'Small automated releases go out often.' }] }),
    ).toEqual(['serves.0.emphasis: emphasis must be central, strong or supporting.']);
  });

  it('asks when an expert last checked the page, as a date', () => {
    expect(problemsWith({ ...role, reviewed: undefined })).toEqual([
      'reviewed: reviewed must be the date an expert last checked the page against its sources, written as 2026-11-26 (no quotes).',
    ]);
  });

  it('rejects a misspelt field instead of dropping it silently', () => {
    const problems = problemsWith({ ...role, jobtitles: ['SRE'] });
    expect(problems.join('\n')).toMatch(/jobtitles/);
  });

  it('asks for a reason on every relation', () => {
    expect(problemsWith({ ...role, serves: [{ goal: 'deliver-more-often' }] }).join('\n')).toMatch(/^serves\.0\.why:/m);
  });
});

describe('factor frontmatter', () => {
  it('wants the question as a question and options in kebab-case', () => {
    const result = schemas.factors.safeParse({
      title: 'Company size',
      summary: 'How the number of teams changes who does what.',
      order: 1,
      question: 'How large is the company',
      reviewed: new Date('2026-11-26'),
      options: [
        {
          id: 'Small',
          label: 'Small',
          description: 'A handful of generalists run everything.',
          shifts: [{ role: 'devops', why: 'One team does build, run and security together.' }],
        },
        {
          id: 'large',
          label: 'Large',
          description: 'Many specialised teams with their own remits.',
          shifts: [{ role: 'sre', why: 'A dedicated SRE group guards the most critical services.' }],
        },
      ],
    });
    const messages = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual(['question: question must end with a question mark.', 'options.0.id: option id must be kebab-case.']);
  });
});

describe('source entries', () => {
  it('wants a full https address', () => {
    const result = schemas.sources.safeParse({ title: 'DORA report', publisher: 'DORA', year: 2024, url: 'dora.dev/research' });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(['url: url must be a full https:// address.']);
  });

  it('dates a publication by its year and a living page by when it was consulted', () => {
    const base = { title: 'DORA capabilities', publisher: 'DORA', url: 'https://dora.dev/capabilities/' };
    const messages = (data: unknown) =>
      schemas.sources.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
    expect(messages({ ...base, year: 2024 })).toEqual([]);
    expect(messages({ ...base, living: true, consulted: 2026 })).toEqual([]);
    expect(messages(base)).toEqual([
      'year: year is missing: give the year of publication, or mark a page kept up to date with living: true and consulted: <year>.',
    ]);
    expect(messages({ ...base, living: true, year: 2026 })).toEqual([
      'consulted: a living page needs consulted: the year the guide last read it, such as 2026.',
    ]);
  });
});

describe('job title frontmatter', () => {
  const title = {
    title: 'Cloud Engineer',
    summary: 'Builds and changes a company cloud estate, or runs its tickets.',
    order: 1,
    reviewed: new Date('2026-11-26'),
    means: [
      { role: 'infraops', strength: 'usually', when: 'when the job builds the estate in code and changes it by pull request' },
      { role: 'it-operations', strength: 'often', when: 'when the job works a ticket queue on an estate someone else built' },
    ],
    seniority: ['Junior: small changes under review', 'Engineer: owns changes', 'Senior: designs the estate'],
    questions: ['Who approves a change?', 'Who is paged at night?', 'What did last week look like?'],
  };
  const problemsOf = (data: unknown) => {
    const result = schemas.titles.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a complete title, with no certifications when adverts ask for none', () => {
    expect(schemas.titles.parse(title).certifications).toEqual([]);
  });

  it('wants exactly one role the title usually means, and each role once', () => {
    const twoUsual = title.means.map((link) => ({ ...link, strength: 'usually' }));
    expect(problemsOf({ ...title, means: twoUsual })).toEqual([
      'means: means needs exactly one role with strength usually: the job most adverts with this title describe.',
    ]);
    const repeated = [title.means[0], { ...title.means[0], strength: 'often' }];
    expect(problemsOf({ ...title, means: repeated })).toEqual([
      'means: means names a role twice. Fix: keep one entry per role, with the strength that fits most adverts.',
    ]);
  });

  it('wants each reading to say when it applies, in words that read well on the role page too', () => {
    const bare = [{ ...title.means[0], when: 'The job builds the estate in code and changes it by pull request.' }];
    expect(problemsOf({ ...title, means: bare })).toEqual([
      'means.0.when: when must start with "when ", such as "when the job builds the estate in code".',
    ]);
    expect(problemsOf({ ...title, means: [{ ...title.means[0], strength: 'mostly' }] })).toEqual([
      'means.0.strength: strength must be usually, often or sometimes.',
    ]);
  });

  it('wants questions for the hiring manager written as questions', () => {
    expect(problemsOf({ ...title, questions: ['Who approves a change?', 'Who is paged at night', 'What did last week look like?'] })).toEqual([
      'questions.1: each question must end with a question mark.',
    ]);
  });
});

describe('plain-text frontmatter', () => {
  it.each([
    ['a title that closes <title> and adds a script', { title: 'AIOps</title><script>window.__pwn=30</script><title>AIOps' }, 'title', '</title>'],
    [
      'a summary that breaks out of its attribute',
      { summary: 'Operations with machine learning." /><script>window.__pwn=33</script>' },
      'summary',
      '<script>',
    ],
    ['markup in a list of phrases', { owns: ['the delivery pipeline', '<img src=x onerror=alert(1)>', 'service health'] }, 'owns.1', '<img src'],
    [
      'markup deep in a relation',
      { serves: [{ goal: 'deliver-more-often', emphasis: 'central', why: 'Small releases <!-- hidden --> go out daily.' }] },
      'serves.0.why',
      '<!-- hid',
    ],
  ])('refuses %s, naming the field', (_, change, field, tag) => {
    expect(problemsWith({ ...role, ...change })).toEqual([
      `${field}: frontmatter is plain text, shown as written in the page's head and in lists, so it may not hold markup such as "${tag}". Fix: write it without tags; for a comparison, write "less than".`,
    ]);
  });

  it('accepts a lone "<" as text', () => {
    expect(problemsWith({ ...role, summary: 'Keeps pages per shift < 2 and tickets per day < 5, as the SRE book advises.' })).toEqual([]);
  });
});

describe('findings in the ledger', () => {
  const finding = {
    title: 'Elite deployment frequency',
    topic: 'delivery-performance',
    statement: 'Elite teams deployed 46 times as often as low performers in the 2018 report.',
    source: 'dora-2018',
    locator: 'page 21',
    restated: '46 times',
  };
  const problemsOf = (data: unknown) =>
    schemas.findings.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('accepts a finding with its source, locator and a pattern that catches it restated', () => {
    expect(problemsOf(finding)).toEqual([]);
  });

  it('refuses a pattern that does not match its own statement, so it could never catch a restatement', () => {
    expect(problemsOf({ ...finding, restated: '47 times' })).toEqual([
      'restated: restated must match the statement itself, or it could never catch a page restating it. Fix: match the figure or the claim.',
    ]);
    expect(problemsOf({ ...finding, restated: '46 (times' })[0]).toMatch(/^restated: restated is not a valid regular expression/);
  });

  it('wants the day a fact that changes was checked, and only for such a fact', () => {
    expect(problemsOf({ ...finding, changes: true })).toEqual([
      'checked: a fact that changes needs checked: the day it was last checked, such as 2026-12-07.',
    ]);
    expect(problemsOf({ ...finding, checked: new Date('2026-12-07') })).toEqual([
      'checked: checked is for facts that change. Fix: add changes: true, or remove checked.',
    ]);
  });

  it('refuses a statement that is not a sentence, and a topic the ledger page does not list', () => {
    expect(problemsOf({ ...finding, statement: 'Elite teams deployed 46 times as often', topic: 'misc' })).toEqual([
      expect.stringMatching(/^topic: topic must be one of: delivery-performance, reliability/),
      'statement: statement must end with a full stop, as it is shown as a sentence.',
    ]);
  });
});
