// The measured GraphQL operations and, for each, the raw store reads it needs (the baseline of the overhead ratio).
import type { ChangeFeed } from '../functions/core/change-feed.js';
import type { SchoolRecord } from '../functions/core/records.js';
import { type BeaconStore, openStore, type StoreConfig } from '../functions/store/index.js';

export interface BenchOperation {
  name: string;
  description: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Builds the raw reads from the operation's first answer (e.g. which schools a page listed). */
  rawReads(data: unknown): (store: StoreConfig) => Promise<void>;
  /** Figures worth printing beside the timings, e.g. how many schools the operation covered. */
  facts?(data: unknown): Record<string, unknown>;
}

const SUMMARY_FIELDS = `schoolCount withStandingAward shareWithStandingAward
      byAwardLevel { level count } byAwardStatus { status count }
      dueWithin30Days dueWithin90Days overdue
      inspectionOutcomes { reportCardInclusion { grade count } legacyOverall { grade count } ungraded withUngradedSince
        inherited inCategoryOfConcern neverInspected }
      safeguardingConcerns withoutPartnerAgency illustrativeSchools dataSources { kind asAt }`;

/** A council officer's page: the summary tiles and the first 50 schools falling due, with their trusts. */
export const DASHBOARD = `query BoroughDashboard($code: ID!) {
  localAuthority(code: $code) {
    name
    inclusionSummary { ${SUMMARY_FIELDS} }
    schools(first: 50, sort: DUE_DATE) {
      totalCount
      edges { node { urn name type trust { name }
        inclusionStatus { awardLevel awardStatus nextDueOn latestInspectionOn inclusionGrade legacyOverallGrade
          safeguarding } } }
    }
  }
}`;

const LOCAL_AUTHORITY_SUMMARY = `query CouncilSummary($code: ID!) {
  localAuthority(code: $code) { name inclusionSummary { ${SUMMARY_FIELDS} } }
}`;

const ENGLAND_SUMMARY = `query EnglandSummary { england { inclusionSummary { ${SUMMARY_FIELDS} } } }`;

const NATIONAL_PAGE = `query NationalPage { schools(first: 100) { totalCount
  edges { cursor node { urn name type phase town inclusionStatus { awardStatus latestInspectionOn } } }
  pageInfo { hasNextPage endCursor } } }`;

const SEARCH = `query Search($text: String!) { search(text: $text, first: 10) {
  localAuthorities { totalCount edges { node { code name } } }
  trusts { totalCount edges { node { uid name } } }
  schools { totalCount edges { node { urn name localAuthority { name } } } } } }`;

const COMPARISON_ROW = `school { urn name } awardLevel awardStatus nextDueOn latestInspectionOn framework
  evaluations { area grade } judgements { area grade } overallEffectiveness safeguarding activePartnerCount`;

const TRUST_COMPARISON = `query TrustComparison($uid: ID!) {
  trust(uid: $uid) { name comparison { rows { ${COMPARISON_ROW} } summary { schoolCount withStandingAward } } }
}`;

const COMPARE_SCHOOLS = `query CompareSchools($urns: [ID!]!) {
  compareSchools(urns: $urns) { rows { ${COMPARISON_ROW} } summary { schoolCount withStandingAward } }
}`;

export const SCHOOL_PAGE = `query SchoolPage($urn: ID!) {
  school(urn: $urn) {
    urn name phase type isOpen openedOn closedOn postcode version
    localAuthority { code name }
    trust { uid name type }
    predecessors { urn name linkType linkedOn }
    inspections {
      id urn framework inspectedOn publishedOn leadInspector safeguarding summary
      ... on LegacyInspection { type overallEffectiveness judgements { area grade } }
      ... on ReportCardInspection { inclusion evaluations { area grade } }
    }
    latestInspection { id framework inspectedOn }
    awards {
      id level status assessedOn awardedOn assessor visitDays nextDueOn nextDueKind version
      elements { element title finding standOut }
      reviews { reviewedOn assessor summary }
    }
    partnerships { since until isActive focus councilQualityAssured agency { id name kind } }
    inclusionStatus { awardLevel awardStatus nextDueOn latestInspectionOn inclusionGrade legacyOverallGrade
      safeguarding }
    history(first: 10) { edges { node { at actor action summary changes { field before after } } } pageInfo {
      hasNextPage } }
  }
}`;

/** Walks a path of object keys through an untyped GraphQL answer. */
function at(data: unknown, ...path: string[]): unknown {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function listedUrns(data: unknown): string[] {
  const edges = at(data, 'localAuthority', 'schools', 'edges');
  return Array.isArray(edges) ? edges.map((edge) => String(at(edge, 'node', 'urn'))) : [];
}

const trustUidsOf = (schools: readonly SchoolRecord[]) => [
  ...new Set(schools.flatMap((school) => (school.trustUid ? [school.trustUid] : []))),
];

/** What a comparison row needs beyond the school item: its latest inspection (partner counts are on the summary). */
async function comparisonReads(store: BeaconStore, schools: readonly SchoolRecord[]): Promise<void> {
  const inspectionIds = schools.flatMap((school) => {
    const latest = school.summary.latestInspection;
    return latest ? [latest.inspectionId] : [];
  });
  await store.inspections.existing(inspectionIds);
}

function dashboard(name: string, code: string, label: string): BenchOperation {
  return {
    name,
    description: `borough dashboard, ${label} (LA ${code}): summary + first 50 schools by due date, with trusts`,
    query: DASHBOARD,
    variables: { code },
    rawReads: (data) => {
      const urns = listedUrns(data);
      return async (config) => {
        const store = openStore(config);
        await Promise.all([
          store.localAuthorities.byCode(code),
          store.tallies.of({ localAuthority: code }),
          store.schools.listings({ localAuthority: code }),
          store.sources.all(),
        ]);
        const schools = await store.schools.existing(urns);
        await store.trusts.existing(trustUidsOf(schools));
      };
    },
    facts: (data) => ({
      schoolCount: at(data, 'localAuthority', 'inclusionSummary', 'schoolCount'),
      totalCount: at(data, 'localAuthority', 'schools', 'totalCount'),
      listed: listedUrns(data).length,
    }),
  };
}

function localAuthoritySummary(name: string, code: string, label: string): BenchOperation {
  return {
    name,
    description: `council summary, ${label} (LA ${code}): the tiles and charts' figures with their data sources`,
    query: LOCAL_AUTHORITY_SUMMARY,
    variables: { code },
    rawReads: () => async (config) => {
      const store = openStore(config);
      await Promise.all([
        store.localAuthorities.byCode(code),
        store.tallies.of({ localAuthority: code }),
        store.sources.all(),
      ]);
    },
    facts: (data) => ({ schoolCount: at(data, 'localAuthority', 'inclusionSummary', 'schoolCount') }),
  };
}

function schoolPage(name: string, urn: string, label: string): BenchOperation {
  return {
    name,
    description: `school page, ${urn} (${label})`,
    query: SCHOOL_PAGE,
    variables: { urn },
    rawReads: () => async (config) => {
      const store = openStore(config);
      const school = await store.schools.byUrn(urn);
      if (!school) throw new Error(`School ${urn} is not in the bench table`);
      const partnerships = store.partnerships
        .ofSchool(school)
        .then((found) => store.agencies.existing([...new Set(found.map((partnership) => partnership.agencyId))]));
      await Promise.all([
        store.localAuthorities.byCode(school.laCode),
        school.trustUid ? store.trusts.byUid(school.trustUid) : null,
        store.schools
          .lineage(school)
          .then((members) => store.inspections.existing(members.flatMap((m) => m.inspectionIds))),
        store.awards.existing(school.awardIds),
        partnerships,
        store.history.page(school.urn, 10),
      ]);
    },
    facts: (data) => ({
      inspections: (at(data, 'school', 'inspections') as unknown[] | undefined)?.length,
      awards: (at(data, 'school', 'awards') as unknown[] | undefined)?.length,
      partnerships: (at(data, 'school', 'partnerships') as unknown[] | undefined)?.length,
      history: (at(data, 'school', 'history', 'edges') as unknown[] | undefined)?.length,
    }),
  };
}

export const SEED_URNS = ['143630', '137883', '117231', '140412'];

/** England's largest council by schools, and one of about 500 (the latency baseline of England's 22,000). */
const CHANGE_FIELDS = 'edges { node { id kind happenedOn summary from to schoolName } } pageInfo { endCursor }';
const LOCAL_AUTHORITY_CHANGES = `query CouncilChanges($code: ID!) {
  localAuthority(code: $code) { changes(first: 50) { ${CHANGE_FIELDS} } } }`;
const ENGLAND_CHANGES = `query EnglandChanges { england { changes(first: 50) { ${CHANGE_FIELDS} } } }`;

/** A 50-change page of a feed, newest first (issue 23: at most 2 requests, council or England). */
function changesPage(name: string, query: string, feed: ChangeFeed, variables?: Record<string, unknown>) {
  return {
    name,
    description: `a 50-change page of ${feed.scope === 'ENGLAND' ? "England's" : `council ${feed.id}'s`} feed`,
    query,
    variables,
    rawReads: () => async (config: StoreConfig) => {
      const store = openStore(config);
      await Promise.all([
        feed.scope === 'ENGLAND' ? Promise.resolve() : store.localAuthorities.byCode(feed.id),
        store.changes.page(feed, { first: 50, withScoped: false }),
      ]);
    },
    facts: (data: unknown) => ({
      changes: (
        at(data, ...(feed.scope === 'ENGLAND' ? ['england'] : ['localAuthority']), 'changes', 'edges') as
          | unknown[]
          | undefined
      )?.length,
    }),
  } satisfies BenchOperation;
}

export const LARGEST_LOCAL_AUTHORITY = { code: '888', name: 'Lancashire' };
export const LOCAL_AUTHORITY_OF_500 = { code: '919', name: 'Hertfordshire' };

export const operations: BenchOperation[] = [
  dashboard('boroughDashboard', '886', 'Kent'),
  dashboard('boroughDashboardSmall', '340', 'Knowsley'),
  dashboard('boroughDashboardLargest', LARGEST_LOCAL_AUTHORITY.code, LARGEST_LOCAL_AUTHORITY.name),
  localAuthoritySummary('councilSummary500', LOCAL_AUTHORITY_OF_500.code, LOCAL_AUTHORITY_OF_500.name),
  {
    name: 'englandSummary',
    description: "England's summary: every council's tally added up, with the data sources",
    query: ENGLAND_SUMMARY,
    rawReads: () => async (config) => {
      const store = openStore(config);
      await Promise.all([store.tallies.england(), store.sources.all()]);
    },
    facts: (data) => ({ schoolCount: at(data, 'england', 'inclusionSummary', 'schoolCount') }),
  },
  {
    name: 'nationalPage',
    description: "England's first 100 open schools by name, with the total (council names would add one BatchGetItem)",
    query: NATIONAL_PAGE,
    rawReads: () => async (config) => {
      const store = openStore(config);
      await Promise.all([store.schools.namePage('england', 100, null), store.tallies.england()]);
    },
    facts: (data) => ({
      totalCount: at(data, 'schools', 'totalCount'),
      listed: (at(data, 'schools', 'edges') as unknown[] | undefined)?.length,
    }),
  },
  {
    name: 'search',
    description: 'search "academy": councils, trusts and schools of England by name, ten of each',
    query: SEARCH,
    variables: { text: 'academy' },
    rawReads: (data) => {
      const edges = at(data, 'search', 'schools', 'edges');
      const urns = Array.isArray(edges) ? edges.map((edge) => String(at(edge, 'node', 'urn'))) : [];
      return async (config) => {
        const store = openStore(config);
        await Promise.all([store.localAuthorities.all(), store.trusts.all(), store.schools.directory()]);
        await store.schools.existing(urns);
      };
    },
    facts: (data) => ({ schools: at(data, 'search', 'schools', 'totalCount') }),
  },
  {
    name: 'trustComparison',
    description: 'trust comparison, Dean Trust (2864): rows + summary',
    query: TRUST_COMPARISON,
    variables: { uid: '2864' },
    rawReads: () => async (config) => {
      const store = openStore(config);
      const [, schools] = await Promise.all([store.trusts.byUid('2864'), store.schools.ofTrust('2864')]);
      await comparisonReads(store, schools);
    },
    facts: (data) => ({ rows: (at(data, 'trust', 'comparison', 'rows') as unknown[] | undefined)?.length }),
  },
  {
    name: 'compareSchools',
    description: `compareSchools over the four seed schools (${SEED_URNS.join(', ')})`,
    query: COMPARE_SCHOOLS,
    variables: { urns: SEED_URNS },
    rawReads: () => async (config) => {
      const store = openStore(config);
      await comparisonReads(store, await store.schools.existing(SEED_URNS));
    },
    facts: (data) => ({ rows: (at(data, 'compareSchools', 'rows') as unknown[] | undefined)?.length }),
  },
  schoolPage('schoolPage', '143630', 'Ian Mikardo School; its inspections are under predecessor 131598'),
  schoolPage('schoolPageAwarded', '140412', 'Lord Derby Academy; awards with reviews, a partnership, history'),
  changesPage('kentChanges', LOCAL_AUTHORITY_CHANGES, { scope: 'LOCAL_AUTHORITY', id: '886' }, { code: '886' }),
  changesPage('englandChanges', ENGLAND_CHANGES, { scope: 'ENGLAND' }),
];
