import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedRecords } from '../../local/seed/seed.js';
import { invoke } from '../support/api-events.js';
import { IQM_ELEMENT_NAMES } from '../support/iqm-elements.js';
import { censusFsmRows, censusSenRows, percentOneDecimal } from '../support/national-files.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

// Today is 2026-11-23 (SCENARIO_TODAY). Five Knowsley schools get records through the mutations; the expected
// figures below are worked out by hand from those inputs and the policy table, not by the code under test. The
// seed leaves out Ofsted's file and GIAS's memberships here so the hand-worked figures are the whole picture
// (ofsted-import.test.ts and the national-seed test cover those).
const knowsley = (await loadSeedRecords()).schools.filter((school) => school.laCode === '340' && !school.closedOn);
const [s1, s2, s3, s4, s5] = knowsley.filter((school) => school.urn !== '140412').map((school) => school.urn) as [
  string,
  string,
  string,
  string,
  string,
];
const ELEMENTS = IQM_ELEMENT_NAMES.map((element) => ({ element }));
const MAIN_AREAS = [
  'CURRICULUM_AND_TEACHING',
  'ACHIEVEMENT',
  'ATTENDANCE_AND_BEHAVIOUR',
  'PERSONAL_DEVELOPMENT_AND_WELLBEING',
  'LEADERSHIP_AND_GOVERNANCE',
];

let api: SeededApi;

async function run(query: string, variables: Record<string, unknown>) {
  const { body } = await invoke(api.handler, query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const reportCard = (urn: string, inspectedOn: string, inclusion: string, safeguarding: string) =>
  run('mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', {
    input: {
      urn,
      inspectedOn,
      reportCard: {
        safeguarding,
        evaluations: [
          { area: 'INCLUSION', grade: inclusion },
          ...MAIN_AREAS.map((area) => ({ area, grade: 'EXPECTED_STANDARD' })),
        ],
      },
    },
  });
const legacy = (urn: string, inspectedOn: string, details: Record<string, unknown>) =>
  run('mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', {
    input: { urn, inspectedOn, legacy: details },
  });
const grant = (urn: string, level: string, assessedOn: string) =>
  run('mutation ($input: GrantAwardInput!) { grantAward(input: $input) { id } }', {
    input: { urn, level, assessedOn, assessor: 'A. Assessor', visitDays: 1, elements: ELEMENTS },
  });

beforeAll(async () => {
  api = await seededApi('dashboard', undefined, { outcomes: false, memberships: false });
  await reportCard(s1, '2026-01-15', 'EXCEPTIONAL', 'MET');
  await grant(s1, 'INCLUSIVE_SCHOOL_AWARD', '2024-01-10'); // due 2027-01-10: 48 days, DUE_SOON
  await reportCard(s2, '2026-03-04', 'NEEDS_ATTENTION', 'NOT_MET');
  await grant(s2, 'CENTRE_OF_EXCELLENCE', '2025-12-01'); // review due 2026-12-01: 8 days
  await legacy(s3, '2023-05-10', {
    type: 'GRADED',
    overallEffectiveness: 'GOOD',
    safeguarding: 'EFFECTIVE',
    judgements: [{ area: 'QUALITY_OF_EDUCATION', grade: 'GOOD' }],
  });
  // due 2026-09-01: 83 days past, within 90 days' grace: OVERDUE
  await grant(s3, 'INCLUSIVE_SCHOOL_AWARD', '2023-09-01');
  await legacy(s4, '2024-05-01', { type: 'UNGRADED', safeguarding: 'EFFECTIVE' });
  await grant(s4, 'INCLUSIVE_SCHOOL_AWARD', '2020-01-01'); // due 2023-01-01: LAPSED
  await legacy(s5, '2018-02-02', { type: 'GRADED', overallEffectiveness: 'OUTSTANDING', safeguarding: 'EFFECTIVE' });
  await run('mutation ($input: AddPartnershipInput!) { addPartnership(input: $input) { since } }', {
    input: { urn: s5, agencyId: 'knowsley-send', since: '2025-09-01', councilQualityAssured: true },
  });
  // Lord Derby Academy (seed): Centre of Excellence review due 2026-12-15 (22 days), partnership with the SEND team.
});

describe('the borough inclusion summary', () => {
  it('counts Knowsley’s awards, due dates, outcomes, safeguarding and partners', async () => {
    const data = await run(
      `{ localAuthority(code: "340") { inclusionSummary { asOf schoolCount withStandingAward shareWithStandingAward
          byAwardLevel { level count } byAwardStatus { status count } dueWithin30Days dueWithin90Days overdue
          inspectionOutcomes { reportCardInclusion { grade count } legacyOverall { grade count } ungraded
            withUngradedSince neverInspected }
          safeguardingConcerns withoutPartnerAgency } } }`,
      {},
    );
    const summary = (
      data as {
        localAuthority: {
          inclusionSummary: Record<string, unknown> & {
            byAwardStatus: { status: string; count: number }[];
            inspectionOutcomes: Record<string, unknown> & {
              reportCardInclusion: { grade: string; count: number }[];
              legacyOverall: { grade: string; count: number }[];
            };
          };
        };
      }
    ).localAuthority.inclusionSummary;
    expect(summary).toMatchObject({
      asOf: '2026-11-23',
      schoolCount: knowsley.length,
      withStandingAward: 4,
      shareWithStandingAward: 4 / knowsley.length,
      byAwardLevel: [
        { level: 'INCLUSIVE_SCHOOL_AWARD', count: 2 },
        { level: 'CENTRE_OF_EXCELLENCE', count: 2 },
        { level: 'FLAGSHIP_SCHOOL', count: 0 },
      ],
      dueWithin30Days: 2,
      dueWithin90Days: 3,
      overdue: 1,
      safeguardingConcerns: 1,
      withoutPartnerAgency: knowsley.length - 2,
    });
    const nonZero = <T extends { count: number }>(counts: T[]) => counts.filter((entry) => entry.count > 0);
    expect(nonZero(summary.byAwardStatus)).toEqual([
      { status: 'DUE_SOON', count: 3 },
      { status: 'OVERDUE', count: 1 },
      { status: 'LAPSED', count: 1 },
    ]);
    expect(nonZero(summary.inspectionOutcomes.reportCardInclusion)).toEqual([
      { grade: 'EXCEPTIONAL', count: 1 },
      { grade: 'NEEDS_ATTENTION', count: 1 },
    ]);
    expect(nonZero(summary.inspectionOutcomes.legacyOverall)).toEqual([
      { grade: 'OUTSTANDING', count: 1 },
      { grade: 'GOOD', count: 1 },
    ]);
    expect(summary.inspectionOutcomes).toMatchObject({
      ungraded: 0,
      withUngradedSince: 1,
      neverInspected: knowsley.length - 5,
    });
  });
});

describe('filters and sorting', () => {
  async function urnsOf(args: string) {
    const data = (await run(
      `{ localAuthority(code: "340") { schools(${args}) { totalCount edges { node { urn } } } } }`,
      {},
    )) as {
      localAuthority: { schools: { totalCount: number; edges: { node: { urn: string } }[] } };
    };
    const { totalCount, edges } = data.localAuthority.schools;
    if (!args.includes('after')) expect(totalCount).toBe(edges.length);
    return edges.map((edge) => edge.node.urn);
  }

  it.each([
    ['awardStatus: DUE_SOON', () => [s1, s2, '140412']],
    ['awardStatus: LAPSED', () => [s4]],
    ['awardLevel: CENTRE_OF_EXCELLENCE', () => [s2, '140412']],
    ['dueBefore: "2026-12-31"', () => [s2, s3, '140412']],
    ['inclusionGrade: EXCEPTIONAL', () => [s1]],
    ['legacyGrade: GOOD', () => [s3]],
    ['safeguardingConcern: true', () => [s2]],
    ['withoutPartnerAgency: false', () => [s5, '140412']],
  ])('filters by %s', async (filter, expected) => {
    expect((await urnsOf(`filter: { ${filter} }, first: 100`)).sort()).toEqual(expected().sort());
  });

  it('sorts by due date, soonest (overdue) first, schools with nothing due last', async () => {
    const urns = await urnsOf('sort: DUE_DATE, first: 100');
    expect(urns.slice(0, 4)).toEqual([s3, s2, '140412', s1]);
    expect(urns).toHaveLength(knowsley.length);
  });

  it('sorts by latest inspection, newest first, and pages on that order', async () => {
    const first = (await run(
      '{ localAuthority(code: "340") { schools(sort: LATEST_INSPECTION, first: 2) { edges { node { urn } } pageInfo ' +
        '{ endCursor } } } }',
      {},
    )) as {
      localAuthority: { schools: { edges: { node: { urn: string } }[]; pageInfo: { endCursor: string } } };
    };
    expect(first.localAuthority.schools.edges.map((edge) => edge.node.urn)).toEqual([s2, s1]);
    const next = await urnsOf(
      `sort: LATEST_INSPECTION, first: 3, after: "${first.localAuthority.schools.pageInfo.endCursor}"`,
    );
    expect(next).toEqual([s4, s3, s5]);
  });
});

describe('comparison and export', () => {
  it('compares schools side by side, one field per measure', async () => {
    const data = (await run(
      `query ($urns: [ID!]!) { compareSchools(urns: $urns) { rows { school { urn } awardLevel awardStatus nextDueOn
        framework
          evaluations { area grade } judgements { area grade } overallEffectiveness safeguarding activePartnerCount }
          summary { schoolCount withStandingAward } } }`,
      { urns: [s1, s3, '140412'] },
    )) as { compareSchools: { rows: Record<string, unknown>[]; summary: Record<string, unknown> } };
    const rows = new Map(data.compareSchools.rows.map((row) => [(row.school as { urn: string }).urn, row]));
    expect(rows.get(s1)).toMatchObject({
      awardLevel: 'INCLUSIVE_SCHOOL_AWARD',
      awardStatus: 'DUE_SOON',
      nextDueOn: '2027-01-10',
      framework: 'REPORT_CARD',
      safeguarding: 'MET',
      judgements: [],
      overallEffectiveness: null,
    });
    expect((rows.get(s1)!.evaluations as { area: string }[])[0]).toEqual({ area: 'INCLUSION', grade: 'EXCEPTIONAL' });
    expect(rows.get(s3)).toMatchObject({
      awardStatus: 'OVERDUE',
      framework: 'LEGACY',
      overallEffectiveness: 'GOOD',
      judgements: [{ area: 'QUALITY_OF_EDUCATION', grade: 'GOOD' }],
      evaluations: [],
    });
    expect(rows.get('140412')).toMatchObject({
      awardLevel: 'CENTRE_OF_EXCELLENCE',
      framework: null,
      activePartnerCount: 1,
    });
    expect(data.compareSchools.summary).toEqual({ schoolCount: 3, withStandingAward: 3 });
  });

  it('compares a trust’s schools', async () => {
    const data = (await run(
      '{ trust(uid: "2864") { comparison { rows { school { name } awardStatus } summary { schoolCount } } } }',
      {},
    )) as {
      trust: { comparison: { rows: unknown[]; summary: unknown } };
    };
    expect(data.trust.comparison).toEqual({
      rows: [{ school: { name: 'Lord Derby Academy' }, awardStatus: 'DUE_SOON' }],
      summary: { schoolCount: 1 },
    });
  });

  it('refuses an empty, oversized or unknown comparison', async () => {
    for (const [urns, message] of [
      [[], /Compare from 1 to 50 schools; got 0/],
      [knowsley.slice(0, 51).map((school) => school.urn), /got 51/],
      [[s1, '999999'], /no school with URN 999999/],
    ] as const) {
      const { body } = await invoke(
        api.handler,
        'query ($urns: [ID!]!) { compareSchools(urns: $urns) { summary { schoolCount } } }',
        { urns },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(message);
    }
  });

  it('exports the filtered borough list as CSV', async () => {
    const data = (await run(
      '{ localAuthority(code: "340") { schoolsCsv(filter: { awardStatus: DUE_SOON }, sort: DUE_DATE) } }',
      {},
    )) as { localAuthority: { schoolsCsv: string } };
    expect(data.localAuthority.schoolsCsv.startsWith('\uFEFF')).toBe(true);
    const lines = data.localAuthority.schoolsCsv.slice(1).trimEnd().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    // Where a school stands, then its Ofsted outcomes: the overall one, each key judgement and report-card area,
    // the previous graded outcome; then concern, partners, census and the data's dates.
    expect(header.slice(0, 17)).toEqual([
      'URN',
      'School',
      'Type',
      'Phase',
      'District',
      'Postcode',
      'Council',
      'LA code',
      'Trust',
      'Trust UID',
      'Award level',
      'Award status',
      'Next due',
      'Latest inspection',
      'Graded inspection',
      'Inclusion grade (2025)',
      'Legacy overall grade',
    ]);
    expect(header).toEqual(expect.arrayContaining(['Quality of education', 'Curriculum and teaching (2025)']));
    expect(header.slice(header.indexOf('Previous graded inspection'))).toEqual([
      'Previous graded inspection',
      'Previous graded outcome',
      'Safeguarding',
      'Category of concern',
      'Graded outcome inherited from URN',
      'Ungraded inspection since',
      'Ungraded outcome',
      'Active partners',
      'SEN support % (January 2023 census)',
      'EHC plan % (January 2023 census)',
      'FSM % (January 2023 census)',
      'Illustrative facts',
      'Status as at',
      'Ofsted data as at',
      'GIAS data as at',
    ]);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([s2, '140412', s1]);
    // The census cells as the DfE's January 2023 files give them for the school.
    const sen = censusSenRows().find((row) => row.urn === s2);
    const fsm = censusFsmRows().find((row) => row.urn === s2)?.fsm_prop ?? '';
    const share = (column: string) =>
      sen ? String(percentOneDecimal(Number(sen[column]), Number(sen.total_pupils))) : '';
    const census = [share('sen_support'), share('ehc_plan'), /^[\d.]+$/.test(fsm) ? String(Number(fsm)) : ''];
    const cells = lines[1]?.split(',') ?? [];
    expect(cells.slice(header.indexOf('Council'), header.indexOf('Legacy overall grade') + 1)).toEqual(
      'Knowsley,340,,,Centre of Excellence,Due soon,2026-12-01,2026-03-04,2026-03-04,Needs attention,'.split(','),
    );
    expect(cells.slice(header.indexOf('Safeguarding'))).toEqual(
      `Not met,,,,,0,${census.join(',')},,2026-11-23,,2025-07-11`.split(','),
    );
    expect(lines[2]).toContain('Knowsley,340,"Dean Trust, The",2864,');
  });
});

describe('one award status everywhere', () => {
  it('agrees between the list filter, the summary, each school’s status and the CSV, lapsed included', async () => {
    const data = (await run(
      `{ localAuthority(code: "340") {
          inclusionSummary { byAwardStatus { status count } }
          schools(first: 100) { edges { node { urn inclusionStatus { awardId awardStatus } } } }
          schoolsCsv
        } }`,
      {},
    )) as {
      localAuthority: {
        inclusionSummary: { byAwardStatus: { status: string; count: number }[] };
        schools: {
          edges: { node: { urn: string; inclusionStatus: { awardId: string | null; awardStatus: string } } }[];
        };
        schoolsCsv: string;
      };
    };
    const localAuthority = data.localAuthority;
    const csvStatus = new Map(
      localAuthority.schoolsCsv
        .slice(1)
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => [line.split(',')[0], line] as const),
    );
    for (const { status, count } of localAuthority.inclusionSummary.byAwardStatus) {
      const filtered = (await run(
        `{ localAuthority(code: "340") { schools(first: 100, filter: { awardStatus: ${status} }) { edges { node {
            urn } } } } }`,
        {},
      )) as { localAuthority: { schools: { edges: { node: { urn: string } }[] } } };
      const urns = filtered.localAuthority.schools.edges.map((edge) => edge.node.urn).sort();
      const withStatus = localAuthority.schools.edges
        .filter((edge) => edge.node.inclusionStatus.awardStatus === status)
        .map((edge) => edge.node.urn)
        .sort();
      expect(urns, status).toEqual(withStatus);
      expect(urns, status).toHaveLength(count);
      const label = status.charAt(0) + status.slice(1).toLowerCase().replaceAll('_', ' ');
      for (const urn of urns) expect(csvStatus.get(urn), `${urn} in the CSV`).toContain(`,${label},`);
    }
    // The lapsed school is counted, filtered and shown as lapsed, with its award's id to act on.
    const lapsed = localAuthority.schools.edges.find((edge) => edge.node.urn === s4)?.node.inclusionStatus;
    expect(lapsed?.awardStatus).toBe('LAPSED');
    expect(lapsed?.awardId).toMatch(new RegExp(`^A-${s4}-`));
  });
});
