import { beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../support/api-events.js';
import { schoolState } from '../support/school-state.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('record-inspection');
});

const RECORD = `mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) {
  id urn inspectedOn framework safeguarding provenance
  ... on ReportCardInspection { inclusion evaluations { area grade } }
  ... on LegacyInspection { type overallEffectiveness judgements { area grade } } } }`;

const reportCard = (overrides: Record<string, unknown> = {}) => ({
  urn: '117231',
  inspectedOn: '2026-01-20',
  leadInspector: 'Test Inspector',
  reportCard: {
    safeguarding: 'MET',
    evaluations: [
      { area: 'CURRICULUM_AND_TEACHING', grade: 'STRONG_STANDARD' },
      { area: 'INCLUSION', grade: 'EXCEPTIONAL' },
      { area: 'ACHIEVEMENT', grade: 'EXPECTED_STANDARD' },
      { area: 'ATTENDANCE_AND_BEHAVIOUR', grade: 'EXPECTED_STANDARD' },
      { area: 'PERSONAL_DEVELOPMENT_AND_WELLBEING', grade: 'STRONG_STANDARD' },
      { area: 'LEADERSHIP_AND_GOVERNANCE', grade: 'STRONG_STANDARD' },
    ],
  },
  ...overrides,
});

describe('recordInspection', () => {
  it('records a 2025 report card and makes its Inclusion grade the school’s latest outcome', async () => {
    const before = await schoolState(api, '117231');
    const { body } = await invoke<{
      recordInspection: { id: string; inclusion: string; evaluations: { area: string }[] };
    }>(api.handler, RECORD, {
      input: reportCard(),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.recordInspection).toMatchObject({
      urn: '117231',
      framework: 'REPORT_CARD',
      inclusion: 'EXCEPTIONAL',
      safeguarding: 'MET',
      provenance: 'REAL',
    });
    expect(body.data?.recordInspection.evaluations[0]?.area).toBe('INCLUSION');
    expect(body.data?.recordInspection.id).toMatch(/^I-117231-20260120-[0-9a-f]{6}$/);

    const after = await schoolState(api, '117231');
    expect(after).toMatchObject({
      version: before.version + 1,
      inspections: before.inspections + 1,
      history: before.history + 1,
    });
    const { body: read } = await invoke<{
      school: { inclusionStatus: unknown; history: { edges: { node: Record<string, unknown> }[] } };
    }>(
      api.handler,
      '{ school(urn: "117231") { inclusionStatus { inclusionGrade latestInspectionOn safeguarding } history(first: ' +
        '1) { edges { node { actor actorEmail action recordId summary changes { field after } } } } } }',
    );
    expect(read.data?.school.inclusionStatus).toEqual({
      inclusionGrade: 'EXCEPTIONAL',
      latestInspectionOn: '2026-01-20',
      safeguarding: 'MET',
    });
    const entry = read.data!.school.history.edges[0]!.node;
    expect(entry).toMatchObject({
      actor: 'admin (all)',
      actorEmail: 'test-admin@beacon.example',
      action: 'recordInspection',
      recordId: body.data?.recordInspection.id,
    });
    expect(entry.changes).toContainEqual({ field: 'inspectedOn', after: '2026-01-20' });
  });

  it('records an older legacy inspection without replacing a newer latest outcome', async () => {
    const { body } = await invoke<{ recordInspection: { type: string; overallEffectiveness: string } }>(
      api.handler,
      RECORD,
      {
        input: {
          urn: '117231',
          inspectedOn: '2019-03-12',
          legacy: {
            type: 'GRADED',
            overallEffectiveness: 'GOOD',
            safeguarding: 'EFFECTIVE',
            judgements: [{ area: 'QUALITY_OF_EDUCATION', grade: 'GOOD' }],
          },
        },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.recordInspection).toMatchObject({ type: 'GRADED', overallEffectiveness: 'GOOD' });
    const { body: read } = await invoke<{ school: { latestInspection: { inspectedOn: string } } }>(
      api.handler,
      '{ school(urn: "117231") { latestInspection { inspectedOn } } }',
    );
    expect(read.data?.school.latestInspection.inspectedOn).toBe('2026-01-20');
  });

  it('records a report-card monitoring visit grading some areas, apart from the standing graded outcome', async () => {
    const { body } = await invoke<{ recordInspection: { inclusion: string; visit: string } }>(
      api.handler,
      RECORD.replace('... on ReportCardInspection {', '... on ReportCardInspection { visit'),
      {
        input: reportCard({
          inspectedOn: '2026-06-10',
          reportCard: {
            visit: 'MONITORING',
            safeguarding: 'MET',
            evaluations: [{ area: 'INCLUSION', grade: 'STRONG_STANDARD' }],
          },
        }),
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.recordInspection).toMatchObject({ visit: 'MONITORING', inclusion: 'STRONG_STANDARD' });
    const { body: read } = await invoke<{ school: { inclusionStatus: unknown } }>(
      api.handler,
      '{ school(urn: "117231") { inclusionStatus { inclusionGrade gradedInspectionOn ungradedInspectionOn ' +
        'latestInspectionOn } } }',
    );
    // The full report card of 20 January stands; the June visit is the latest inspection, kept apart.
    expect(read.data?.school.inclusionStatus).toEqual({
      inclusionGrade: 'EXCEPTIONAL',
      gradedInspectionOn: '2026-01-20',
      ungradedInspectionOn: '2026-06-10',
      latestInspectionOn: '2026-06-10',
    });
  });

  it(
    'refuses the same inspection twice (same URN, date and type) with CONFLICT, writing nothing; another type that ' +
      'day is fine',
    async () => {
      const graded = {
        urn: '117231',
        inspectedOn: '2018-05-15',
        legacy: { type: 'GRADED', overallEffectiveness: 'GOOD', safeguarding: 'EFFECTIVE' },
      };
      const first = await invoke<{ recordInspection: { id: string } }>(api.handler, RECORD, { input: graded });
      expect(first.body.errors).toBeUndefined();
      const before = await schoolState(api, '117231');
      const again = await invoke(api.handler, RECORD, { input: { ...graded, summary: 'Entered twice by mistake' } });
      expect(again.body.errors?.[0]).toMatchObject({
        message:
          `School 117231 already has this legacy graded inspection of 2018-05-15 ` +
          `(${first.body.data?.recordInspection.id}).`,
        extensions: { code: 'CONFLICT', reason: 'DUPLICATE_INSPECTION' },
      });
      expect(await schoolState(api, '117231')).toEqual(before);
      const monitoring = await invoke(api.handler, RECORD, {
        input: { ...graded, legacy: { type: 'MONITORING', safeguarding: 'EFFECTIVE' } },
      });
      expect(monitoring.body.errors).toBeUndefined();
    },
  );

  const rejected: [string, Record<string, unknown>, RegExp][] = [
    [
      'a legacy grade on a report card',
      reportCard({ reportCard: { safeguarding: 'MET', evaluations: [{ area: 'INCLUSION', grade: 'GOOD' }] } }),
      /Value "GOOD" does not exist in "ReportCardGrade"|must be a report-card grade/,
    ],
    [
      'a report card without all six main areas',
      reportCard({ reportCard: { safeguarding: 'MET', evaluations: [{ area: 'INCLUSION', grade: 'EXCEPTIONAL' }] } }),
      /must grade all six main areas/,
    ],
    [
      'legacy safeguarding on a report card',
      reportCard({ reportCard: { ...reportCard().reportCard, safeguarding: 'EFFECTIVE' } }),
      /MET or NOT_MET/,
    ],
    [
      'a report card before the framework began',
      reportCard({ inspectedOn: '2025-06-01' }),
      /report cards apply to inspections from 2025-11-10/,
    ],
    [
      'a legacy inspection after the report cards began',
      { urn: '117231', inspectedOn: '2026-01-05', legacy: { type: 'UNGRADED', safeguarding: 'EFFECTIVE' } },
      /use the report-card framework/,
    ],
    [
      'a date in the future',
      reportCard({ inspectedOn: '2027-01-01' }),
      /must not be in the future \(today is 2026-11-23\)/,
    ],
    ['a date that does not exist', reportCard({ inspectedOn: '2026-02-30' }), /YYYY-MM-DD and must exist/],
    [
      'a legacy inspection from 2016 without safeguarding',
      { urn: '117231', inspectedOn: '2016-05-10', legacy: { type: 'GRADED', overallEffectiveness: 'GOOD' } },
      /safeguarding is required for inspections from 2015-09-01/,
    ],
    [
      'an overall grade on a 2024-25 inspection',
      {
        urn: '117231',
        inspectedOn: '2024-10-01',
        legacy: { type: 'GRADED', overallEffectiveness: 'GOOD', safeguarding: 'EFFECTIVE' },
      },
      /give no overall-effectiveness grade/,
    ],
    [
      'both frameworks at once',
      { ...reportCard(), legacy: { type: 'GRADED', safeguarding: 'EFFECTIVE' } },
      /give exactly one of legacy or reportCard/,
    ],
    ['a malformed URN', reportCard({ urn: '11723' }), /A URN is six digits/],
  ];

  it.each(rejected)('rejects %s with BAD_USER_INPUT and writes nothing', async (_name, input, message) => {
    const before = await schoolState(api, '117231');
    const { body } = await invoke(api.handler, RECORD, { input });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await schoolState(api, '117231')).toEqual(before);
  });

  it('answers NOT_FOUND for a school Beacon does not hold', async () => {
    const { body } = await invoke(api.handler, RECORD, { input: reportCard({ urn: '999999' }) });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0]?.message).toBe('No school with URN 999999 is held by Beacon.');
  });
});
