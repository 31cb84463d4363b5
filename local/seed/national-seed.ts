// The national seed's records, built in memory from the shipped files: every council; every school in Ofsted's
// outcomes file (GIAS's lists for town, links and closed predecessors, and the predecessors Ofsted's file names
// for inherited outcomes); every trust with its academies' joined dates (GIAS group membership); every stated Ofsted
// inspection under the URN it was made under.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { applyCensus, censusDayOfName } from '../../functions/core/census.js';
import type { ChangeRecord } from '../../functions/core/change-feed.js';
import { formerNamesOf, trustRecord } from '../../functions/core/gias-trust.js';
import { addInspections } from '../../functions/core/inspection-lineage.js';
import { checkInspectionDate, inspectionsOfOutcomes } from '../../functions/core/ofsted-inspections.js';
import { applyStatedLineage, statedPredecessors } from '../../functions/core/ofsted-lineage.js';
import type { OfstedOutcomes } from '../../functions/core/ofsted-outcome.js';
import type {
  InspectionRecord,
  LocalAuthorityRecord,
  SchoolRecord,
  TrustRecord,
} from '../../functions/core/records.js';
import { IMPORT_KINDS, type StreamedRow } from '../../functions/importer/kinds.js';
import { recordIds } from '../../functions/store/index.js';
import { buildGiasRecords, type ListedSchool } from './gias-records.js';
import { GIAS_FILES, readGiasDir, readGiasTables, SEED_SCHOOL_FACTS } from './gias-seed.js';
import { seedChanges } from './seed-changes.js';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export const OFSTED_OUTCOMES_FILE = 'ofsted/ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz';
export const GROUP_MEMBERSHIP_FILE = 'gias/gias_academies_group_membership_2025-09.csv.gz';
/** The DfE's school-level census files (January 2023): SEN (pupils, SEN support, EHC plans), then FSM %. */
export const SCHOOL_CENSUS_FILES = ['dfe/dfe_school_sen_2022-23_by_urn.csv.gz', 'dfe/dfe_school_fsm_2022-23.csv.gz'];
/** The day Ofsted's statistics state outcomes for. */
export const OFSTED_AS_AT = '2025-08-31';

export interface SeedRecords {
  localAuthorities: LocalAuthorityRecord[];
  trusts: TrustRecord[];
  schools: SchoolRecord[];
  inspections: InspectionRecord[];
  /** The changes the files state (openings, closures, trust joins, conversions, inspections), for the feeds. */
  changes: ChangeRecord[];
  /** Rows or facts left out, each with its reason. */
  warnings: string[];
  /** The files the records come from, by import kind, with the rows read from each (and the day, when not dated). */
  sources: { kind: string; file: string; rows: number; asAt?: string }[];
}

async function collect<T>(rows: AsyncIterable<StreamedRow<T>>) {
  const values: T[] = [];
  for await (const row of rows) if ('value' in row) values.push(row.value);
  return values;
}

/** Ofsted's row as the school to hold; its trust comes from GIAS's membership, which has the joined date. */
function listedOfOfsted(row: OfstedOutcomes, district: string | undefined): ListedSchool {
  const { school } = row;
  return {
    urn: row.urn,
    name: row.schoolName,
    laName: row.laName,
    laCode: school.laestab?.slice(0, 3),
    phase: school.phase,
    type: school.type,
    openedOn: school.openedOn,
    postcode: school.postcode,
    administrativeDistrict: district,
    source: `Ofsted ${OFSTED_OUTCOMES_FILE.split('/')[1]} (name, LA, phase, type, opened, postcode)`,
  };
}

/** Which files' facts go in; an import test leaves out what it imports itself. */
export interface SeedParts {
  /** Ofsted's stated inspections (otherwise schools carry none of Ofsted's outcomes). */
  outcomes?: boolean;
  /** GIAS group membership: trusts as GIAS knows them and academies' joined dates (otherwise the 2016 trusts). */
  memberships?: boolean;
  /** The DfE's school census figures (January 2023). */
  census?: boolean;
  /** The DfE's inclusion indicators and statistical neighbours (data/dfe), imported after the records. */
  indicators?: boolean;
}

/**
 * Builds the seed's records. `laCodes` narrows it to some councils (tests); null is all of England. Trusts are
 * those of the held academies (all of them nationally).
 */
export async function buildSeedRecords(laCodes: readonly string[] | null, parts: SeedParts = {}): Promise<SeedRecords> {
  const { outcomes: withOutcomes = true, memberships: withMemberships = true, census: withCensus = true } = parts;
  const tables = readGiasTables(readGiasDir(join(DATA_DIR, 'gias')));
  // Read with the imports' own parsers, so the seed holds what importing these files would.
  const read = <T>(parse: (source: Readable, name: string) => AsyncIterable<StreamedRow<T>>, file: string) =>
    collect(parse(createReadStream(join(DATA_DIR, file)), file));
  const outcomeRows = await read(IMPORT_KINDS['ofsted-outcomes'].parse, OFSTED_OUTCOMES_FILE);
  const memberships = await read(IMPORT_KINDS['gias-groups'].parse, GROUP_MEMBERSHIP_FILE);
  const warnings: string[] = [];

  // Ofsted lists a few URNs twice (the same school under two rows); the first row is kept.
  const outcomes = new Map<string, OfstedOutcomes>();
  for (const row of outcomeRows) {
    if (outcomes.has(row.urn)) warnings.push(`Ofsted file: URN ${row.urn} listed again; first row kept`);
    else outcomes.set(row.urn, row);
  }
  const pp50 = new Map(tables.pp50.map((row) => [row.urn, row]));
  const listed: ListedSchool[] = [...outcomes.values()].map((row) =>
    listedOfOfsted(row, pp50.get(row.urn)?.administrativeDistrict),
  );
  const built = buildGiasRecords(tables, laCodes, SEED_SCHOOL_FACTS, listed);
  warnings.push(...built.warnings);

  if (!withMemberships) memberships.length = 0;
  const membershipOf = new Map(memberships.map((membership) => [membership.urn, membership]));
  const from = `GIAS file ${GROUP_MEMBERSHIP_FILE.split('/')[1]}`;
  const schools = new Map(
    built.schools.map((school) => {
      // As the gias-groups import does, for every held school, so importing the same file later changes nothing.
      const membership = membershipOf.get(school.urn);
      if (!membership) return [school.urn, school];
      const { trust, joinedOn } = membership;
      return [school.urn, { ...school, trustUid: trust.uid, ...(joinedOn ? { trustJoinedOn: joinedOn } : {}) }];
    }),
  );
  const trustUids = new Set([...schools.values()].flatMap((school) => school.trustUid ?? []));
  const trusts = new Map<string, TrustRecord>();
  // GIAS's 2016 trusts file names many trusts as they were then: search finds them by those names too.
  const earlierNames = new Map(tables.trusts.map((row) => [row.uid, row.name]));
  for (const { trust } of memberships) {
    if (!trustUids.has(trust.uid) || trusts.has(trust.uid)) continue;
    const formerNames = formerNamesOf(trust.name, [earlierNames.get(trust.uid)]);
    const record = trustRecord(trust, undefined, from);
    trusts.set(
      trust.uid,
      formerNames ? { ...record, formerNames, source: `${from}; former name: ${GIAS_FILES.trusts.name}` } : record,
    );
  }
  for (const trust of withMemberships ? [] : built.trusts) trusts.set(trust.uid, trust);
  for (const uid of trustUids) if (!trusts.has(uid)) warnings.push(`trust ${uid}: not in ${from}`);

  // Ofsted's file names the URN each inherited outcome was made under: a link GIAS's (older) links file may lack.
  const ofstedSource = `Ofsted ${OFSTED_OUTCOMES_FILE.split('/')[1]}`;
  const stated = withOutcomes ? [...outcomes.values()].flatMap(statedPredecessors) : [];
  for (const [urn, school] of applyStatedLineage(schools, stated, ofstedSource))
    schools.set(urn, { ...school, version: 1 });
  const inspections = withOutcomes ? statedInspections([...outcomes.values()], schools, warnings) : [];
  const { changed, added } = addInspections(schools, inspections);
  for (const [urn, school] of changed) schools.set(urn, { ...school, version: 1 });
  const censusSources = withCensus ? await addCensus(schools, read) : [];
  // Without Ofsted's file nothing says which predecessors carry history, so all are kept for a later import.
  const seeded = withOutcomes ? withoutEmptyPredecessors(schools, added) : [...schools.values()];
  const files = {
    schools: GIAS_FILES.openSchools.name,
    links: GIAS_FILES.links.name,
    memberships: withMemberships ? GROUP_MEMBERSHIP_FILE : null,
    outcomes: withOutcomes ? OFSTED_OUTCOMES_FILE : null,
  };
  return {
    localAuthorities: built.localAuthorities,
    trusts: [...trusts.values()],
    schools: seeded,
    inspections: added,
    changes: seedChanges(seeded, added, [...trusts.values()], files, new Date().toISOString()),
    warnings,
    sources: [
      { kind: 'la-codes', file: GIAS_FILES.laCodes.name, rows: tables.laCodes.length },
      { kind: 'gias-lists', file: GIAS_FILES.openSchools.name, rows: tables.openSchools.length },
      { kind: 'gias-links', file: GIAS_FILES.links.name, rows: tables.links.length },
      ...(withMemberships ? [{ kind: 'gias-groups', file: GROUP_MEMBERSHIP_FILE, rows: memberships.length }] : []),
      ...(withOutcomes ? [{ kind: 'ofsted-outcomes', file: OFSTED_OUTCOMES_FILE, rows: outcomeRows.length }] : []),
      ...censusSources,
    ],
  };
}

type ReadRows = <T>(
  parse: (source: Readable, name: string) => AsyncIterable<StreamedRow<T>>,
  file: string,
) => Promise<T[]>;

/** The census files' figures on the held schools, as the school-census import would leave them. */
async function addCensus(schools: Map<string, SchoolRecord>, read: ReadRows) {
  const sources: SeedRecords['sources'] = [];
  for (const file of SCHOOL_CENSUS_FILES) {
    const day = censusDayOfName(file)?.day;
    if (!day) throw new Error(`${file}: the name does not say which census it is`);
    const rows = await read(IMPORT_KINDS['school-census'].parse, file);
    for (const { urn, figures } of rows) {
      const school = schools.get(urn);
      const census = school ? applyCensus(school.census, day, figures) : null;
      if (school && census) schools.set(urn, { ...school, census });
    }
    const kind = rows.some(({ figures }) => figures.fsmPercent !== undefined) ? 'fsm' : 'sen';
    sources.push({ kind: `school-census-${kind}`, file, rows: rows.length, asAt: day });
  }
  return sources;
}

/**
 * Open schools, and the closed ones that carry history: a predecessor owning an inspection, an open school's direct
 * predecessor (its conversion is in both schools' change feeds), or one standing between a school and one that
 * does. The rest add nothing a school's own links do not say, and cost seed time.
 */
function withoutEmptyPredecessors(
  schools: ReadonlyMap<string, SchoolRecord>,
  inspections: readonly InspectionRecord[],
): SchoolRecord[] {
  const owners = new Set(inspections.map((inspection) => inspection.urn));
  for (const school of schools.values())
    if (!school.closedOn) for (const link of school.predecessors) owners.add(link.urn);
  const carries = new Map<string, boolean>();
  const carriesHistory = (urn: string, depth = 0): boolean => {
    const known = carries.get(urn);
    if (known !== undefined) return known;
    const school = schools.get(urn);
    const result =
      school !== undefined &&
      (owners.has(urn) || (depth < 4 && school.predecessors.some((link) => carriesHistory(link.urn, depth + 1))));
    carries.set(urn, result);
    return result;
  };
  return [...schools.values()].filter((school) => !school.closedOn || carriesHistory(school.urn));
}

/** Each stated inspection once, under a held school it can belong to. */
function statedInspections(
  rows: readonly OfstedOutcomes[],
  schools: ReadonlyMap<string, SchoolRecord>,
  warnings: string[],
): InspectionRecord[] {
  const source = `Ofsted ${OFSTED_OUTCOMES_FILE.split('/')[1]} (as at ${OFSTED_AS_AT})`;
  const byId = new Map<string, InspectionRecord>();
  for (const row of rows) {
    if (!schools.has(row.urn)) continue;
    for (const { inspection } of inspectionsOfOutcomes(row, source, recordIds.ofstedInspectionId)) {
      const owner = schools.get(inspection.urn);
      if (!owner) {
        warnings.push(`inspection ${inspection.inspectedOn} of URN ${inspection.urn} (for ${row.urn}): URN not held`);
        continue;
      }
      try {
        byId.set(inspection.id, checkInspectionDate(owner, inspection));
      } catch (error) {
        warnings.push(`inspection of ${row.urn}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return [...byId.values()];
}
