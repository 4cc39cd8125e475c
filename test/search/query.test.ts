import { describe, expect, it } from 'vitest';

import {
  cleanQuery,
  entriesCompared,
  entriesDescribed,
  entriesMentioned,
  entriesNamed,
  meaningfulWords,
  pairsComparing,
  suggestSpelling,
  vocabularyOf,
  type SearchEntry,
} from '../../src/search/query';

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
  { title: 'DevOps', url: '/roles/devops/', kind: 'Role', summary: 'Developers who run the services they build.', names: ['DevOps', 'Dev Ops'] },
  {
    title: 'Increase security',
    url: '/goals/increase-security/',
    kind: 'Goal',
    summary: 'Building security into every stage of delivery.',
    names: ['Increase security', 'security', 'shift left'],
  },
  {
    title: 'Incident response',
    url: '/activities/incident-response/',
    kind: 'Activity',
    summary: 'Detecting and resolving outages.',
    names: ['Incident response', 'on call', 'pager'],
  },
  {
    title: 'DevOps vs Site Reliability Engineering',
    url: '/compare/devops-vs-sre/',
    kind: 'Comparison',
    summary: 'SRE is one concrete way of practising DevOps.',
    names: [],
    compares: ['/roles/devops/', '/roles/sre/'],
  },
];
const urls = (found: SearchEntry[]) => found.map((entry) => entry.url);

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
    expect(entriesNamed('reliability', entries)).toEqual([]);
  });

  it('reads both sides of a comparison', () => {
    expect(entriesCompared('DevOps vs SRE', entries).map((entry) => entry.url)).toEqual(['/roles/devops/', '/roles/sre/']);
    expect(entriesCompared('DevOps', entries)).toEqual([]);
  });
});

describe('questions in plain words', () => {
  it('searches the words that carry the meaning', () => {
    expect(meaningfulWords('do we need a devsecops team')).toBe('devsecops team');
    expect(meaningfulWords('who is on call when production breaks')).toBe('call production breaks');
    expect(meaningfulWords('DevOps vs SRE')).toBe('DevOps SRE');
  });

  it('keeps a name typed in capitals, and a query of nothing but stop words', () => {
    expect(meaningfulWords('who owns IT')).toBe('owns IT');
    expect(meaningfulWords('what is it')).toBe('what is it');
  });

  it('lifts an entry the question names, the most definite name first', () => {
    expect(urls(entriesMentioned('do we need a DevSecOps team', entries))).toEqual(['/roles/devsecops/']);
    expect(urls(entriesMentioned('is SRE just ops with a new name', entries))).toEqual(['/roles/sre/']);
    expect(urls(entriesMentioned('who is on call when production breaks', entries))).toEqual(['/activities/incident-response/']);
    expect(urls(entriesMentioned('should we shift left on security', entries))).toEqual(['/goals/increase-security/']);
  });

  it('counts an everyday one-word alias only when nothing more definite is named', () => {
    expect(urls(entriesMentioned('security as an afterthought', entries))).toEqual(['/goals/increase-security/']);
    expect(urls(entriesMentioned('security for DevOps teams', entries))).toEqual(['/roles/devops/']);
    expect(entriesMentioned('a team that builds things', entries)).toEqual([]);
  });

  it('finds an entry whose one-line summary holds every meaningful word of the question', () => {
    expect(urls(entriesDescribed('should developers run their own services', entries))).toEqual(['/roles/devops/']);
    expect(entriesDescribed('should developers write tests', entries)).toEqual([]);
    expect(entriesDescribed('what is security', entries)).toEqual([]);
  });

  it('finds the page comparing two roles the query names', () => {
    const named = entriesMentioned('difference between SRE and DevOps', entries);
    expect(urls(pairsComparing(named, entries))).toEqual(['/compare/devops-vs-sre/']);
    expect(pairsComparing(entriesMentioned('DevOps on call', entries), entries)).toEqual([]);
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
