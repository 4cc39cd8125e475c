import { describe, expect, it } from 'vitest';

import { readContentFiles } from '../support/content';

const files = readContentFiles();

/** Paragraphs of an MDX body, without headings, imports or list markers. */
const paragraphsOf = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('#') && !block.startsWith('import '));

const sectionsByKind = {
  roles: [
    'What the role is for',
    'When a company needs it',
    'What goes wrong',
    'How to measure it',
    'On call',
    'Team shapes',
    'From junior to staff',
    'What to ask in an interview',
  ],
  titles: ['What the work usually is', 'How it varies between companies'],
  models: ['How it works', 'What it costs and what goes wrong', 'How it usually evolves'],
  goals: ['Why it matters', 'How to tell it is being met', 'How the roles serve it', 'Common traps'],
  factors: ['Why it matters', 'Reading the options', 'What to watch for'],
  enablers: ['Why every model needs it', 'What it looks like in practice', 'What goes wrong'],
  activities: ['What it involves', 'How the roles divide it', 'What goes wrong'],
  glossary: ['In practice'],
  // A pair take's last two headings name the roles: "Moving from DevOps to SRE", then the other way round.
  comparisons: ['Where they meet', 'How to tell them apart', 'Moving from', 'Moving from'],
  paths: ['Who this path is for', 'What you will be able to do'],
};

// Common American spellings; the guide writes British English.
const americanSpellings =
  /\b(organiz\w*|optimiz\w*|prioritiz\w*|standardiz\w*|minimiz\w*|maximiz\w*|recogniz\w*|analyz\w*|virtualiz\w*|containeriz\w*|behavior\w*|color\w*|favor\w*|labor\w*|center\w*|catalog|catalogs|defense|modeling|judgment)\b/gi;

describe.each(files.map((file) => [file.filePath, file] as const))('%s', (_, file) => {
  it('has the sections a reader expects, in order', () => {
    const headings = [...file.body.matchAll(/^## (.+)$/gm)].map((match) => match[1] ?? '');
    const shown = file.kind === 'comparisons' ? headings.map((heading) => heading.replace(/^(Moving from) .+ to .+$/, '$1')) : headings;
    expect(shown).toEqual(sectionsByKind[file.kind]);
  });

  it('cites a source in every paragraph that gives a figure', () => {
    // Numbers in list markers, links, clock times, "24/7" and product names (ITIL 4, Microsoft 365, k6) are not figures.
    const notFigures = /<Cite[^>]*\/>|<Finding[^>]*\/>|<See[^>]*>|^(- )?\d+\.\s|\b\d+ [ap]\.m\.|\b24\/7\b|\bk6\b|Microsoft 365|ITIL 4/gm;
    const figureIn = (paragraph: string) => /\d/.test(paragraph.replace(notFigures, ''));
    // A finding from the ledger carries its own citation.
    const cited = (paragraph: string) => paragraph.includes('<Cite ') || paragraph.includes('<Finding ');
    const uncited = paragraphsOf(file.body).filter((paragraph) => figureIn(paragraph) && !cited(paragraph));
    expect(uncited).toEqual([]);
  });

  it('is written in British English', () => {
    // Aliases and signals match what readers type and what adverts say, and certifications keep their official names,
    // American spellings included.
    const quoted = ['aliases', 'signals', 'certifications'];
    // An advert outline's shownBy names signals, so it quotes adverts too.
    const shown = JSON.parse(JSON.stringify(file.frontmatter), (key, value) => (key === 'shownBy' ? undefined : value)) as Record<string, unknown>;
    for (const field of quoted) delete shown[field];
    const text = JSON.stringify(shown) + file.body;
    const prose = text.replace(/https?:\/\/\S+/g, '');
    expect(prose.match(americanSpellings) ?? []).toEqual([]);
  });

  it('reads as finished', () => {
    expect(file.body).not.toMatch(/lorem ipsum|\bTODO\b|\bTBD\b|placeholder/i);
  });

  it('links to other pages through typed relations, not hand-written root links that break under a base path', () => {
    expect(file.body).not.toMatch(/\]\(\/|href="\//);
  });
});
