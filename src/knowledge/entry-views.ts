import type { CollectionEntry } from 'astro:content';
import type { ComponentProps } from 'astro/types';

import ActivityGlance from '../components/ActivityGlance.astro';
import EnablerPractices from '../components/EnablerPractices.astro';
import FactorOptions from '../components/FactorOptions.astro';
import GoalMeasures from '../components/GoalMeasures.astro';
import ModelTeams from '../components/ModelTeams.astro';
import PairLinks from '../components/PairLinks.astro';
import RaciTable from '../components/RaciTable.astro';
import RoleFacts from '../components/RoleFacts.astro';
import TitleFacts from '../components/TitleFacts.astro';
import TitleMeaning from '../components/TitleMeaning.astro';
import WhatItIs from '../components/WhatItIs.astro';
import type { PageKind } from './collections';
import { sectionHeadings, type SectionKey } from './graph';

/**
 * How the shared entry page (`src/pages/[kind]/[id].astro`) shows each kind of entry: what comes before and after its
 * prose, the headings those parts add to the table of contents, and how its related links are listed. The page reads
 * only this map, so a new collection with entry pages adds its view here (the type asks for one) and leaves the page alone.
 */

/** An Astro component, as the page renders it: any props, as `part` has already checked them against the component's. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Component = (props: any) => unknown;
/** One component of a view with its props, checked against the component's own. */
interface Part {
  Component: Component;
  props: object;
}
const part = <C extends Component>(Component: C, props: ComponentProps<C>): Part => ({ Component, props });

interface Heading {
  slug: string;
  text: string;
}

export interface EntryView<K extends PageKind> {
  /** What the page shows between its summary and its prose. */
  before?: (entry: CollectionEntry<K>) => Part[];
  /** The headings the parts before the prose add, in order. */
  beforeHeadings?: Heading[];
  /** What the page shows after its prose, before its related links. */
  after?: (entry: CollectionEntry<K>) => Part[];
  afterHeadings?: Heading[];
  /** Sections of related links the foot leaves out, because the parts before the prose show them already. */
  footLeavesOut?: SectionKey[];
  /** Names each section's related pages in a line, with why folded: for a page with many sections. */
  compactRelated?: boolean;
}

export const entryViews: { [K in PageKind]: EntryView<K> } = {
  roles: {
    before: (entry) => [part(RoleFacts, { id: entry.id, role: entry.data })],
    beforeHeadings: [{ slug: 'at-a-glance', text: 'At a glance' }],
    after: (entry) => [part(PairLinks, { role: entry.id })],
    afterHeadings: [{ slug: 'compare-it-with', text: 'Compare it with' }],
    compactRelated: true,
  },
  titles: {
    // A title's roles open its page, the answer a reader holding an advert came for, so the foot leaves them out.
    before: (entry) => [part(TitleMeaning, { id: entry.id })],
    beforeHeadings: [{ slug: 'which-role-it-is', text: sectionHeadings.means }],
    after: (entry) => [part(TitleFacts, { title: entry.data })],
    afterHeadings: [
      { slug: 'questions-to-ask', text: 'Questions to ask the hiring manager' },
      { slug: 'seniority', text: 'Seniority steps' },
      { slug: 'certifications', text: 'Certifications adverts ask for' },
    ],
    footLeavesOut: ['means'],
  },
  models: {
    // A model's matrix comes early: it is what readers take into onboarding material and contracts.
    before: (entry) => [part(ModelTeams, { model: entry.data }), part(RaciTable, { id: entry.id, model: entry.data })],
    beforeHeadings: [
      { slug: 'teams', text: 'The teams' },
      { slug: 'responsibility-matrix', text: 'Responsibility matrix' },
    ],
  },
  goals: {
    before: (entry) => [part(GoalMeasures, { goal: entry.data })],
    beforeHeadings: [{ slug: 'measures', text: 'Measures' }],
  },
  factors: {
    before: (entry) => [part(FactorOptions, { factor: entry.data })],
    beforeHeadings: [{ slug: 'options', text: 'The options' }],
  },
  enablers: {
    before: (entry) => [part(EnablerPractices, { enabler: entry.data })],
    beforeHeadings: [{ slug: 'practices', text: 'Practices' }],
  },
  activities: {
    before: (entry) => [part(ActivityGlance, { id: entry.id })],
    beforeHeadings: [{ slug: 'at-a-glance', text: 'At a glance' }],
  },
  glossary: {
    before: (entry) => [part(WhatItIs, { term: entry.data })],
  },
};
