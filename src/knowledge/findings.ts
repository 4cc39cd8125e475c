import { entries, graph } from './content';
import type { EntryData } from './graph';
import { findingTopics, type FindingTopic } from './schemas';

/**
 * The year a finding was published: its source's, or for a page kept up to date, the finding's own; none for a
 * changing fact read on such a page, which shows the day it was checked instead.
 */
export const publishedIn = (finding: EntryData['findings'], source: EntryData['sources']) =>
  finding.year ?? (source.living ? undefined : source.year);

/** How a finding names its source inline: the author or publisher, and the year where it has one. */
export const citedAs = (finding: EntryData['findings'], source: EntryData['sources']) =>
  [source.author ?? source.publisher, publishedIn(finding, source)].filter(Boolean).join(', ');

const findingById = new Map(entries.findings.map((entry) => [entry.id, entry.data]));
const sourceById = new Map(entries.sources.map((entry) => [entry.id, entry.data]));

/** A ledger entry with the source it cites; the graph has already checked that both exist. */
export function ledgerEntry(id: string) {
  const finding = findingById.get(id)!;
  return { finding, source: sourceById.get(finding.source.id)! };
}

/** The ledger as its page shows it: topic by topic in the schema's order, each finding with its source and pages. */
export function findingsByTopic() {
  return (Object.entries(findingTopics) as [FindingTopic, string][])
    .map(([topic, label]) => ({
      slug: topic,
      label,
      findings: entries.findings
        .filter((entry) => entry.data.topic === topic)
        .map((entry) => ({
          id: entry.id,
          node: graph.node('findings', entry.id),
          ...ledgerEntry(entry.id),
          statedOn: graph.linksUnder('findings', entry.id, 'statedOn'),
        }))
        .sort((a, b) => a.node.title.localeCompare(b.node.title)),
    }))
    .filter((topic) => topic.findings.length > 0);
}
