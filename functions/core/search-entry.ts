// What England's name directory keeps of an open school for search: its name, town, postcode, trust and the URNs
// and names of its predecessors (found by a former name or URN). About 110 bytes a school, as a JSON array; an
// entry kept before search held more is the name alone, and reads as a school known by its name only.

import type { SearchDocument } from './ranked-search.js';
import type { SchoolRecord } from './records.js';

export interface SchoolSearchEntry {
  urn: string;
  name: string;
  town?: string;
  postcode?: string;
  trustUid?: string;
  predecessors: { urn: string; name: string }[];
}

export const schoolSearchEntry = (school: SchoolRecord): SchoolSearchEntry => ({
  urn: school.urn,
  name: school.name,
  town: school.town,
  postcode: school.postcode,
  trustUid: school.trustUid,
  predecessors: school.predecessors.map((link) => ({ urn: link.urn, name: link.name })),
});

export const encodeSchoolSearchEntry = (entry: SchoolSearchEntry): string =>
  JSON.stringify([
    entry.name,
    entry.town ?? '',
    entry.postcode ?? '',
    entry.trustUid ?? '',
    ...entry.predecessors.flatMap((link) => [link.urn, link.name]),
  ]);

export function decodeSchoolSearchEntry(urn: string, text: string): SchoolSearchEntry {
  if (!text.startsWith('[')) return { urn, name: text, predecessors: [] };
  const [name = '', town, postcode, trustUid, ...links] = JSON.parse(text) as string[];
  const given = (value: string | undefined) => (value ? value : undefined);
  const predecessors: SchoolSearchEntry['predecessors'] = [];
  for (let index = 0; index + 1 < links.length; index += 2)
    predecessors.push({ urn: links[index] ?? '', name: links[index + 1] ?? '' });
  return { urn, name, town: given(town), postcode: given(postcode), trustUid: given(trustUid), predecessors };
}

/** A school as search finds it: by name, a predecessor's name, town, postcode, URN or a predecessor's URN. */
export const schoolSearchDocument = (school: SchoolSearchEntry): SearchDocument => ({
  name: school.name,
  formerNames: school.predecessors.map((link) => link.name).filter((name) => name !== school.name),
  town: school.town,
  postcode: school.postcode,
  codes: [school.urn],
  predecessorUrns: school.predecessors.map((link) => link.urn),
});
