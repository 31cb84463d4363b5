// Search finds what people type: postcodes, towns, predecessors' URNs, former trust names, codes and misspelt words,
// best match first, each list paged to its end. Expectations come from the shipped national files of the seeded
// councils (Knowsley, Tower Hamlets, Kent, Hertfordshire), read plainly here.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../support/api-events.js';
import { membershipRows, ofstedRows } from '../support/national-files.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('search-finds');
});

type Row = Record<string, string>;
const csv = (bytes: Buffer | string) => parse(bytes, { columns: true, bom: true }) as Row[];
const gias = (name: string) => readFileSync(`data/gias/${name}`);

const SEEDED = ['Knowsley', 'Tower Hamlets', 'Kent', 'Hertfordshire'];
/** The open schools the seed holds: Ofsted's rows of the four councils. */
const heldRows = () => ofstedRows().filter((row) => SEEDED.includes(row['Local authority'] ?? ''));
const held = () => new Map(heldRows().map((row) => [row.URN ?? '', row]));
const openList = () => csv(gunzipSync(gias('gias_schools_open_2025-07-11.csv.gz')));
const links = () =>
  csv(new TextDecoder('windows-1252').decode(gunzipSync(gias('gias_links_edubasealldata20250422.csv.gz'))));
const trusts2016 = () => csv(gias('gias_academy_trusts_2016-11-22.csv'));
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Match {
  field: string;
  value: string;
}
interface Page<T> {
  totalCount: number;
  edges: { node: T; match: Match | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type Results = {
  localAuthorities: Page<{ code: string; name: string }>;
  trusts: {
    totalCount: number;
    edges: {
      node: { uid: string; name: string; formerNames: string[] };
      match: Match | null;
      openSchoolCount: number;
    }[];
  };
  schools: Page<{ urn: string; name: string; town: string | null; postcode: string | null }>;
};

const SEARCH = `query ($text: String!, $first: Int) { search(text: $text, first: $first) {
  localAuthorities { totalCount edges { node { code name } match { field value } } }
  trusts { totalCount edges { node { uid name formerNames } match { field value } openSchoolCount } }
  schools(first: 100) { totalCount edges { node { urn name town postcode } match { field value } }
    pageInfo { hasNextPage endCursor } } } }`;

async function search(text: string, first = 20): Promise<Results> {
  const { body } = await invoke<{ search: Results }>(api.handler, SEARCH, { text, first });
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

const urnsOf = (page: Page<{ urn: string }>) => page.edges.map((edge) => edge.node.urn);

describe('search by place', () => {
  it('finds the school at a full postcode first, and every school of its outward code', async () => {
    const rows = heldRows();
    const at = rows.filter((row) => row.Postcode === 'ME9 8PL').map((row) => row.URN);
    expect(at.length).toBeGreaterThan(0);
    const full = await search('ME9 8PL');
    expect(urnsOf(full.schools)).toEqual(at);
    expect(full.schools.edges[0]?.match).toEqual({ field: 'POSTCODE', value: 'ME9 8PL' });

    const outward = rows.filter((row) => row.Postcode?.split(' ')[0] === 'ME9').map((row) => row.URN);
    expect(outward.length).toBeGreaterThan(5);
    const byOutward = await search('me9');
    expect(new Set(urnsOf(byOutward.schools))).toEqual(new Set(outward));
    expect(byOutward.schools.edges.every((edge) => edge.match?.field === 'POSTCODE')).toBe(true);
  });

  it('finds every school in a town, not only those named after it, those named first', async () => {
    const schools = held();
    const inTown = openList()
      .filter((row) => row.town === 'Sevenoaks' && schools.has(row.urn ?? ''))
      .map((row) => row.urn);
    const named = [...schools.values()]
      .filter((row) =>
        words(row['School name'] ?? '')
          .split(' ')
          .includes('sevenoaks'),
      )
      .map((row) => row.URN);
    expect(inTown.length).toBeGreaterThan(named.length);
    const found = await search('Sevenoaks');
    expect(urnsOf(found.schools)).toEqual(expect.arrayContaining([...inTown, ...named]));
    expect(found.schools.totalCount).toBe(found.schools.edges.length);
    const fields = found.schools.edges.map((edge) => edge.match?.field);
    // Schools named so come before those found by their town.
    expect(fields.lastIndexOf('NAME')).toBeLessThan(fields.indexOf('TOWN'));
    expect(found.localAuthorities.totalCount).toBe(0);
  });
});

describe('search by code', () => {
  it("finds a school by its predecessor's URN, and says so", async () => {
    const schools = held();
    const successors = new Set(
      links()
        .filter((row) => row.LinkURN === '131598' && row.LinkType?.startsWith('Predecessor'))
        .map((row) => row.URN ?? ''),
    );
    for (const row of schools.values())
      if (Object.values(row).includes('131598') && row.URN !== '131598') successors.add(row.URN ?? '');
    const expected = [...successors].filter((urn) => schools.has(urn));
    expect(expected).toContain('143630');
    const found = await search('131598');
    expect(urnsOf(found.schools)).toEqual(expected);
    expect(found.schools.edges[0]?.match).toEqual({ field: 'PREDECESSOR_URN', value: '131598' });
  });

  it('finds a council by its LA code and a trust by its TR-number, each first', async () => {
    const byCode = await search('886');
    expect(byCode.localAuthorities.edges[0]?.node.name).toBe('Kent');
    expect(byCode.localAuthorities.edges[0]?.match).toEqual({ field: 'CODE', value: '886' });
    const dean = membershipRows().find((row) => row['Group UID'] === '2864');
    const byNumber = await search(dean?.['Group ID'] ?? '');
    expect(byNumber.trusts.edges.map((edge) => edge.node.uid)).toEqual(['2864']);
    expect(byNumber.trusts.edges[0]?.match?.field).toBe('CODE');
  });
});

describe('search by former name', () => {
  /** Trusts of the seeded academies whose 2016 name GIAS has since changed (beyond case and "The"). */
  function renamedTrusts() {
    const schools = held();
    const current = new Map<string, string>();
    const counts = new Map<string, number>();
    for (const row of membershipRows())
      if (schools.has(row['Academy URN'] ?? '')) {
        current.set(row['Group UID'] ?? '', row['Group Name'] ?? '');
        counts.set(row['Group UID'] ?? '', (counts.get(row['Group UID'] ?? '') ?? 0) + 1);
      }
    const sorted = (name: string) =>
      words(name)
        .split(' ')
        .filter((word) => word !== 'the')
        .sort()
        .join(' ');
    const renamed = trusts2016().filter(
      (row) =>
        current.has(row['Group UID'] ?? '') &&
        sorted(row['Group Name'] ?? '') !== sorted(current.get(row['Group UID'] ?? '') ?? ''),
    );
    return { renamed, counts };
  }

  it('finds Academies Enterprise Trust by its old name, with its open academies counted', async () => {
    const { renamed, counts } = renamedTrusts();
    const aet = renamed.find((row) => row['Group Name'] === 'Academies Enterprise Trust');
    expect(aet?.['Group UID']).toBe('2053');
    const found = await search('Academies Enterprise');
    const edge = found.trusts.edges.find((candidate) => candidate.node.uid === '2053');
    expect(edge?.match).toEqual({ field: 'FORMER_NAME', value: 'Academies Enterprise Trust' });
    expect(edge?.node.formerNames).toEqual(['Academies Enterprise Trust']);
    expect(edge?.openSchoolCount).toBe(counts.get('2053'));
  });

  it('finds every renamed trust of the seeded academies by its former name', async () => {
    const { renamed } = renamedTrusts();
    expect(renamed.length).toBeGreaterThan(20);
    for (const row of renamed) {
      const found = await search(row['Group Name'] ?? '', 20);
      const uids = found.trusts.edges.map((edge) => edge.node.uid);
      expect(uids, row['Group Name']).toContain(row['Group UID']);
    }
  });
});

describe('search forgives a misspelt word', () => {
  it('finds Knowsley from "knowsly" and Leigh Academy Milestone from "milstone", first', async () => {
    const knowsley = await search('knowsly');
    expect(knowsley.localAuthorities.edges.map((edge) => edge.node.code)).toEqual(['340']);
    const milestone = [...held().values()]
      .filter((row) =>
        words(row['School name'] ?? '')
          .split(' ')
          .includes('milestone'),
      )
      .map((row) => row.URN);
    expect(milestone).toContain('137883');
    const found = await search('milstone');
    expect(urnsOf(found.schools).slice(0, milestone.length).sort()).toEqual([...milestone].sort());
  });

  it('takes a word as typed when it matches, and so finds no misspelling of it', async () => {
    const found = await search('kent');
    expect(found.localAuthorities.edges.map((edge) => edge.node.name)).toEqual(['Kent']);
  });
});

describe('ranking', () => {
  it('puts the whole name before names that start with it, and those before names that hold its words', async () => {
    const found = await search('Lord Derby Academy');
    expect(found.schools.edges[0]?.node.name).toBe('Lord Derby Academy');
    const stMary = await search('St Mary');
    const names = stMary.schools.edges.map((edge) => words(edge.node.name));
    const starting = names.filter((name) => name.startsWith('st mary'));
    expect(starting.length).toBeGreaterThan(5);
    expect(names.slice(0, starting.length)).toEqual(starting);
  });
});
