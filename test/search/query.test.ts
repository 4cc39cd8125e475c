import { describe, expect, it } from 'vitest';

import { cleanQuery, entriesCompared, entriesNamed, suggestSpelling, vocabularyOf, type SearchEntry } from '../../src/search/query';

const entries: SearchEntry[] = [
  {
    title: 'DevSecOps',
    url: '/roles/devsecops/',
    kind: 'Role',
    summary: 'Security built into everyday delivery.',
    names: ['DevSecOps', 'SecDevOps', 'Dev Sec Ops'],
  },
  {
    title: 'Site Reliability Engineering',
    url: '/roles/sre/',
    kind: 'Role',
    summary: 'Reliability engineering for production services.',
    names: ['Site Reliability Engineering', 'SRE'],
  },
  { title: 'DevOps', url: '/roles/devops/', kind: 'Role', summary: 'One team builds and runs its software.', names: ['DevOps', 'Dev Ops'] },
];

describe('cleaning a query', () => {
  it('collapses white space and control characters', () => {
    expect(cleanQuery('  error\n\tbudget\u0000 ')).toEqual({ text: 'error budget' });
  });

  it('cuts a pasted document at a word boundary and says so', () => {
    const { text, note } = cleanQuery('incident '.repeat(60));
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.endsWith('incident')).toBe(true);
    expect(note).toBe(`Your search was 539 characters long, so only the first ${text.length} were used.`);
  });
});

describe('names and aliases', () => {
  it('matches an alias whatever its spacing, case and punctuation', () => {
    expect(entriesNamed('dev-sec ops', entries).map((entry) => entry.url)).toEqual(['/roles/devsecops/']);
    expect(entriesNamed('sre', entries).map((entry) => entry.url)).toEqual(['/roles/sre/']);
    expect(entriesNamed('security', entries)).toEqual([]);
  });

  it('reads both sides of a comparison', () => {
    expect(entriesCompared('DevOps vs SRE', entries).map((entry) => entry.url)).toEqual(['/roles/devops/', '/roles/sre/']);
    expect(entriesCompared('DevOps', entries)).toEqual([]);
  });
});

describe('spelling suggestions', () => {
  const vocabulary = vocabularyOf(entries);

  it('replaces a misspelt word with the nearest word the guide uses', () => {
    expect(suggestSpelling('reliabilty engineering', vocabulary)).toBe('reliability engineering');
    expect(suggestSpelling('securty', vocabulary)).toBe('security');
  });

  it('leaves known words, short words and unrelated words alone', () => {
    expect(suggestSpelling('reliability', vocabulary)).toBeUndefined();
    expect(suggestSpelling('ops', vocabulary)).toBeUndefined();
    expect(suggestSpelling('kangaroo', vocabulary)).toBeUndefined();
  });
});
