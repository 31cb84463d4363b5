// Maps validated GIAS rows to Beacon's records: the listed schools (Ofsted's national list, or the PP50 list) of the
// chosen LAs with their links, their closed predecessors, every current LA, and referenced trusts.

import { compact } from '../../functions/core/compact.js';
import type {
  LocalAuthorityRecord,
  SchoolLinkRecord,
  SchoolRecord,
  TrustRecord,
} from '../../functions/core/records.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';
import type { TrustType } from '../../functions/core/vocabulary.js';
import { GIAS_FILES, type GiasRow } from './gias-lists.js';
import { predecessorSchools } from './predecessor-schools.js';

export interface GiasTables {
  laCodes: GiasRow<'laCodes'>[];
  pp50: GiasRow<'pp50'>[];
  openSchools: GiasRow<'openSchools'>[];
  allSchools2022: GiasRow<'allSchools2022'>[];
  links: GiasRow<'links'>[];
  trusts: GiasRow<'trusts'>[];
}

/** A fact about a school that these GIAS files lack, with where it comes from. */
export interface SchoolFact {
  urn: string;
  phase?: string;
  trustUid?: string;
  source: string;
}

export interface GiasImport {
  localAuthorities: LocalAuthorityRecord[];
  trusts: TrustRecord[];
  /** Open PP50 schools first (by URN), then closed predecessors (by URN). */
  schools: SchoolRecord[];
  /** Rows that could not be used, and facts that had to be inferred; an import still succeeds with them. */
  warnings: string[];
}

// "Pre LGR (1998) Kent", "Pre-LGR 2019 Dorset": LAs abolished by local government reorganisation.
const HISTORIC_LA = /^Pre[ -]LGR\b/;

const TRUST_TYPES: Record<GiasRow<'trusts'>['type'], TrustType> = {
  'Multi-academy trust': 'MULTI_ACADEMY_TRUST',
  'Single-academy trust': 'SINGLE_ACADEMY_TRUST',
};

function linkOf(row: GiasRow<'links'>): SchoolLinkRecord {
  return compact({ urn: row.linkUrn, name: row.linkName, linkType: row.linkType, linkedOn: row.linkedOn });
}

export function currentLocalAuthorities(rows: GiasTables['laCodes']): LocalAuthorityRecord[] {
  return rows
    .filter((row) => !HISTORIC_LA.test(row.name))
    .map((row) => {
      const onsCode = row.onsCode === 'X999999' ? undefined : row.onsCode;
      return compact({ code: row.code, name: row.name, onsCode });
    });
}

/** A school as a list states it; GIAS's open-school list and links fill in what it lacks. */
export interface ListedSchool {
  urn: string;
  name: string;
  laName: string;
  /** When `laName` names no current council: the code the list gives (e.g. LAESTAB's, the maintaining LA). */
  laCode?: string;
  type?: string;
  phase?: string;
  administrativeDistrict?: string;
  openedOn?: string;
  postcode?: string;
  trustUid?: string;
  trustJoinedOn?: string;
  /** Which file gave which facts. */
  source: string;
}

/** What the open-school list supplies for a listed school: its town, and what the list itself lacks. */
const openListFacts = (row: ListedSchool) =>
  ['town', row.postcode ? undefined : 'postcode', row.openedOn ? undefined : 'opened'].filter(Boolean).join(', ');

const pp50Listed = (row: GiasRow<'pp50'>): ListedSchool => ({
  urn: row.urn,
  name: row.name,
  laName: row.laName,
  type: row.type,
  administrativeDistrict: row.administrativeDistrict,
  source: `GIAS ${GIAS_FILES.pp50.name} (LA, name, type, district)`,
});

/**
 * Builds councils, schools (with their closed predecessors) and referenced trusts. `laCodes` null means every
 * council; `listed` replaces the PP50 list as the schools to hold.
 */
/** Finds a council's code by its name as another publisher writes it ("St Helens", "St. Helens"). */
export function laCodeFinder(localAuthorities: readonly LocalAuthorityRecord[]): (name: string) => string | undefined {
  const fold = (name: string) =>
    name
      .toLowerCase()
      .replaceAll('&', ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const byName = new Map(localAuthorities.map((la) => [fold(la.name), la.code]));
  return (name) => byName.get(fold(name));
}

export function buildGiasRecords(
  tables: GiasTables,
  laCodes: readonly string[] | null,
  facts: readonly SchoolFact[],
  listed: readonly ListedSchool[] = tables.pp50.map(pp50Listed),
): GiasImport {
  const warnings: string[] = [];
  const localAuthorities = currentLocalAuthorities(tables.laCodes);
  const laCodeOf = laCodeFinder(localAuthorities);
  const selected = laCodes ? new Set(laCodes) : null;
  for (const code of selected ?? []) {
    if (!localAuthorities.some((la) => la.code === code)) warnings.push(`LA code ${code} is not a current English LA`);
  }

  const openByUrn = new Map(tables.openSchools.map((row) => [row.urn, row]));
  const allByUrn = new Map(tables.allSchools2022.map((row) => [row.urn, row]));
  const linksByUrn = new Map<string, GiasRow<'links'>[]>();
  for (const link of tables.links) linksByUrn.set(link.urn, [...(linksByUrn.get(link.urn) ?? []), link]);
  const factByUrn = new Map(facts.map((fact) => [fact.urn, fact]));
  const listedUrns = new Set(listed.map((row) => row.urn));

  const unmappedNames = new Set<string>();
  const schools: SchoolRecord[] = [];
  for (const row of listed) {
    const laCode = laCodeOf(row.laName) ?? row.laCode;
    if (laCode === undefined) unmappedNames.add(row.laName);
    if (laCode === undefined || (selected && !selected.has(laCode))) continue;

    const open = openByUrn.get(row.urn);
    if (!open) {
      warnings.push(`${row.urn} ${row.name}: not in ${GIAS_FILES.openSchools.name}; no town from GIAS`);
    }
    const links = linksByUrn.get(row.urn) ?? [];
    const fact = factByUrn.get(row.urn);
    schools.push(
      newSchoolRecord(
        compact({
          urn: row.urn,
          name: row.name,
          laCode,
          trustUid: row.trustUid ?? fact?.trustUid,
          trustJoinedOn: row.trustJoinedOn,
          phase: row.phase ?? fact?.phase,
          type: row.type,
          administrativeDistrict: row.administrativeDistrict,
          town: open?.town,
          postcode: row.postcode ?? open?.postcode,
          openedOn: row.openedOn ?? open?.openedOn,
          predecessors: links.filter((link) => link.linkType.startsWith('Predecessor')).map(linkOf),
          successors: links.filter((link) => link.linkType.startsWith('Successor')).map(linkOf),
          source: [
            row.source,
            open ? `${GIAS_FILES.openSchools.name} (${openListFacts(row)})` : undefined,
            links.length > 0 ? `${GIAS_FILES.links.name} (links)` : undefined,
            fact?.source,
          ]
            .filter((part) => part !== undefined)
            .join('; '),
        }),
      ),
    );
  }
  for (const name of unmappedNames) {
    warnings.push(`LA name "${name}" matches no current LA; its schools are skipped`);
  }

  const closed = predecessorSchools(schools, listedUrns, allByUrn, warnings);
  const trusts = referencedTrusts(schools, tables.trusts, warnings);
  return { localAuthorities, trusts, schools: [...schools, ...closed], warnings };
}

function referencedTrusts(
  schools: readonly SchoolRecord[],
  rows: GiasTables['trusts'],
  warnings: string[],
): TrustRecord[] {
  const byUid = new Map(rows.map((row) => [row.uid, row]));
  const uids = [...new Set(schools.flatMap((school) => (school.trustUid ? [school.trustUid] : [])))].sort();
  return uids.flatMap((uid) => {
    const row = byUid.get(uid);
    if (!row) {
      warnings.push(`trust ${uid} is referenced but not in ${GIAS_FILES.trusts.name}`);
      return [];
    }
    return [
      compact({
        uid,
        groupId: row.groupId,
        name: row.name,
        type: TRUST_TYPES[row.type],
        companiesHouseNumber: row.companiesHouseNumber,
        provenance: 'REAL' as const,
        source: `GIAS academy trusts extract ${GIAS_FILES.trusts.name} (open trusts at 22 Nov 2016)`,
      }),
    ];
  });
}
