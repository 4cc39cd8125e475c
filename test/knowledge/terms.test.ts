import { describe, expect, it } from 'vitest';

import { linkTerms, namesOf } from '../../src/knowledge/terms';

const terms = [
  { href: '/glossary/slo/', names: namesOf('Service level objective (SLO)', ['service level objectives']) },
  { href: '/glossary/cab/', names: namesOf('Change advisory board (CAB)', []) },
  { href: '/glossary/toil/', names: namesOf('Toil', []) },
];

describe('glossary links in prose', () => {
  it('reads the abbreviation in a title as a name of its own', () => {
    expect(namesOf('Service level objective (SLO)', ['SLOs'])).toEqual(['Service level objective', 'SLOs', 'SLO']);
  });

  it('links the first mention of each term only', () => {
    const html = linkTerms('<p>Set an SLO. Then review the SLO and cut toil. Toil again.</p>', terms, '/roles/sre/');
    expect(html).toBe(
      '<p>Set an <a href="/glossary/slo/" class="term">SLO</a>. Then review the SLO and cut <a href="/glossary/toil/" class="term">toil</a>. Toil again.</p>',
    );
  });

  it('matches abbreviations in capitals only and whole words only', () => {
    const html = linkTerms('<p>A cab ride past the vocabulary of SLOs, then the CAB.</p>', terms, '/');
    expect(html).toBe('<p>A cab ride past the vocabulary of SLOs, then the <a href="/glossary/cab/" class="term">CAB</a>.</p>');
  });

  it('leaves headings, links and code alone, and a term on its own page', () => {
    const html = '<h2>Toil</h2><p><a href="/x/">toil</a> <code>SLO</code></p>';
    expect(linkTerms(html, terms, '/')).toBe(html);
    expect(linkTerms('<p>Cut toil.</p>', terms, '/glossary/toil/')).toBe('<p>Cut toil.</p>');
  });

  it('keeps markup in the text escaped', () => {
    expect(linkTerms('<p>&lt;script&gt; and toil</p>', terms, '/')).toBe('<p>&#x3C;script> and <a href="/glossary/toil/" class="term">toil</a></p>');
  });
});
