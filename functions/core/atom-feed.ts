// A change feed as an Atom 1.0 document (RFC 4287), for feed readers (Outlook, Teams, any reader). Pure: the handler
// reads the page and the place; this turns them into XML with fast-xml-parser's builder, which escapes every text.
import { XMLBuilder } from 'fast-xml-parser';
import type { ChangeFeed } from './change-query.js';
import type { ChangeRecord } from './change-record.js';

/** How many changes a feed shows: the newest, as readers poll and keep what they saw. */
export const ATOM_FEED_SIZE = 50;

export type AtomFeedScope = Exclude<ChangeFeed, { scope: 'ENGLAND' }>;

export interface AtomFeedInput {
  feed: AtomFeedScope;
  /** The council's, trust's or school's name. */
  name: string;
  /** Where the site is, e.g. https://beacon.example (no trailing slash): links are absolute for every reader. */
  origin: string;
  /** Newest first, public only. */
  changes: readonly ChangeRecord[];
  /** The feed's updated when it has no change yet (an instant): a fixed one keeps an empty feed's bytes stable. */
  emptyUpdated: string;
}

const PAGE_OF: Record<AtomFeedScope['scope'], string> = {
  LOCAL_AUTHORITY: 'councils',
  TRUST: 'trusts',
  SCHOOL: 'schools',
};

/** The feed's own address under the site, e.g. /councils/886/changes.atom. */
export const atomFeedPath = (feed: AtomFeedScope) => `/${PAGE_OF[feed.scope]}/${feed.id}/changes.atom`;

/**
 * An entry's id: the change's stable id (20 hex digits) laid out as a version-8 UUID (RFC 9562's custom layout), so
 * the same change keeps the same id in every fetch, re-seed and deployment.
 */
export function atomEntryId(changeId: string): string {
  const hex = changeId.padEnd(20, '0');
  const groups = [hex.slice(0, 8), hex.slice(8, 12), `8${hex.slice(12, 15)}`, `8${hex.slice(15, 18)}`];
  return `urn:uuid:${groups.join('-')}-${hex.slice(18, 20)}0000000000`;
}

/** A feed's id: the same for a council, trust or school wherever Beacon is served (a version-8 UUID too). */
export function atomFeedId(feed: AtomFeedScope): string {
  const scope = { LOCAL_AUTHORITY: '1', TRUST: '2', SCHOOL: '3' }[feed.scope];
  return `urn:uuid:beac0000-0000-8000-800${scope}-${feed.id.padStart(12, '0')}`;
}

/** The page a change is about: its school's, or the council's for a council's figures. */
function entryPage(change: ChangeRecord): string | undefined {
  if (change.urn) return `/schools/${change.urn}`;
  return change.laCode ? `/councils/${change.laCode}` : undefined;
}

/** When Beacon learned it, as an RFC 3339 instant (what Atom's updated means to a reader: something new). */
const instant = (change: ChangeRecord) => new Date(change.recordedAt).toISOString();

function entry(change: ChangeRecord, origin: string) {
  const page = entryPage(change);
  const source = change.source.file ? `${change.source.file} (as at ${change.source.asAt ?? 'unknown'})` : undefined;
  const lines = [
    change.schoolName ? `${change.schoolName} (URN ${change.urn})` : undefined,
    change.summary,
    `Happened on ${change.happenedOn}.`,
    source ? `Source: ${source}.` : `Source: ${change.source.name}.`,
  ].filter((line): line is string => line !== undefined);
  return {
    id: atomEntryId(change.id),
    title: change.schoolName ? `${change.schoolName}: ${change.summary}` : change.summary,
    updated: instant(change),
    published: `${change.happenedOn}T00:00:00Z`,
    ...(page ? { link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': `${origin}${page}` } } : {}),
    category: { '@_term': change.kind },
    summary: { '@_type': 'text', '#text': lines.join('\n') },
  };
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

export function atomFeed(input: AtomFeedInput): string {
  const path = atomFeedPath(input.feed);
  const pagePath = path.replace(/\/changes\.atom$/, '');
  const newest = input.changes.map(instant).sort().at(-1) ?? input.emptyUpdated;
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'en-GB',
      id: atomFeedId(input.feed),
      title: `What changed: ${input.name}`,
      subtitle: 'Inspections, grades, trust moves, openings, closures and awards, newest first (Beacon).',
      updated: newest,
      author: { name: 'Beacon' },
      generator: 'Beacon',
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': `${input.origin}${path}` },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': `${input.origin}${pagePath}` },
      ],
      rights: 'Contains public sector information licensed under the Open Government Licence v3.0.',
      entry: input.changes.map((change) => entry(change, input.origin)),
    },
  };
  return builder.build(document) as string;
}
