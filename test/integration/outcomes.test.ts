// Outcomes people can compare: key judgements, the previous graded outcome, the weakest-first sorts and the CSV's
// columns, each checked against Ofsted's own file (the seed imports it; the expectations read it plainly).
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../functions/core/school-filter.js';
import { scenarioInspections } from '../../local/seed/scenario.js';
import { invoke } from '../support/api-events.js';
import { ofstedRows } from '../support/national-files.js';
import { resetCounter, type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('outcomes');
});

type Row = Record<string, string>;
const GRADES = { '1': 'OUTSTANDING', '2': 'GOOD', '3': 'REQUIRES_IMPROVEMENT', '4': 'INADEQUATE' } as const;
const gradeOf = (cell: string | undefined) => GRADES[(cell ?? '') as keyof typeof GRADES];
const isoOf = (date: string | undefined) => (date ? date.split('/').reverse().join('-') : null);
// The hand-written scenario records inspections of its own; those schools' outcomes are not the file's.
const SCENARIO_URNS = new Set(scenarioInspections.map((inspection) => inspection.urn));
const SEEDED = ['Knowsley', 'Kent', 'Tower Hamlets', 'Hertfordshire'];
const rowsOf = (localAuthority: string) =>
  ofstedRows().filter((row) => row['Local authority'] === localAuthority && !SCENARIO_URNS.has(row.URN ?? ''));

const JUDGEMENT_COLUMNS = {
  QUALITY_OF_EDUCATION: 'Quality of education',
  BEHAVIOUR_AND_ATTITUDES: 'Behaviour and attitudes',
  PERSONAL_DEVELOPMENT: 'Personal development',
  LEADERSHIP_AND_MANAGEMENT: 'Effectiveness of leadership and management',
  EARLY_YEARS: 'Early years provision (where applicable)',
  SIXTH_FORM: 'Sixth form provision (where applicable)',
} as const;

const judgementsOf = (row: Row) =>
  Object.entries(JUDGEMENT_COLUMNS).flatMap(([area, column]) => {
    const grade = gradeOf(row[column]);
    return grade ? [{ area, grade }] : [];
  });

/** An academy of its own URN's graded inspection with no overall grade (from September 2024), key judgements only. */
const keyJudgementsOnly = SEEDED.flatMap(rowsOf)
  .filter(
    (row) =>
      row['Overall effectiveness'] === 'Not judged' &&
      row['Multi-academy trust UID'] !== '' &&
      row['Does the latest graded inspection relate to the URN of the current school?'] === 'Yes' &&
      row['Does the previous graded inspection relate to the URN of the current school?'] === 'Yes' &&
      gradeOf(row['Quality of education']) !== undefined,
  )
  .sort((a, b) => (a.URN ?? '').localeCompare(b.URN ?? ''))[0] as Row;

describe('key judgements and the previous graded outcome', () => {
  it('gives an academy without an overall grade its key judgements and previous outcome as Ofsted', async () => {
    expect(keyJudgementsOnly).toBeDefined();
    const { body } = await invoke<{ school: { inclusionStatus: Record<string, unknown> } }>(
      api.handler,
      `{ school(urn: "${keyJudgementsOnly.URN}") { inclusionStatus { legacyOverallGrade gradedInspectionOn
        judgements { area grade } evaluations { area grade }
        previousGradedInspectionOn previousLegacyOverallGrade previousInclusionGrade } } }`,
    );
    expect(body.errors).toBeUndefined();
    const status = body.data?.school.inclusionStatus;
    expect(status).toEqual({
      legacyOverallGrade: null,
      gradedInspectionOn: isoOf(keyJudgementsOnly['Inspection start date']),
      judgements: judgementsOf(keyJudgementsOnly),
      evaluations: [],
      previousGradedInspectionOn: isoOf(keyJudgementsOnly['Previous inspection start date']),
      previousLegacyOverallGrade:
        gradeOf(keyJudgementsOnly['Previous graded inspection overall effectiveness']) ?? null,
      previousInclusionGrade: null,
    });
  });

  it('puts the previous graded outcome in the trust comparison too, at no extra read', async () => {
    const uid = keyJudgementsOnly['Multi-academy trust UID'];
    expect(uid).toMatch(/^\d+$/);
    const query = (fields: string) =>
      `{ trust(uid: "${uid}") { comparison { rows { school { urn } judgements { area grade } ${fields} } } } }`;
    resetCounter(api.counter);
    await invoke(api.handler, query(''));
    const without = api.counter.total;
    resetCounter(api.counter);
    const { body } = await invoke<{
      trust: { comparison: { rows: { school: { urn: string }; [field: string]: unknown }[] } };
    }>(api.handler, query('previousGradedInspectionOn previousOverallEffectiveness previousInclusionGrade'));
    expect(api.counter.total).toBe(without);
    const row = body.data?.trust.comparison.rows.find((compared) => compared.school.urn === keyJudgementsOnly.URN);
    expect(row).toMatchObject({
      judgements: judgementsOf(keyJudgementsOnly),
      previousGradedInspectionOn: isoOf(keyJudgementsOnly['Previous inspection start date']),
      previousOverallEffectiveness:
        gradeOf(keyJudgementsOnly['Previous graded inspection overall effectiveness']) ?? null,
    });
  });
});

describe('a council list sorted by a key judgement', () => {
  it('lists Kent’s schools weakest quality of education first, as Ofsted’s file grades them', async () => {
    const kent = rowsOf('Kent');
    const weakest = Math.max(...kent.map((row) => Number(row['Quality of education'])).filter((grade) => grade <= 4));
    const expected = kent.filter((row) => Number(row['Quality of education']) === weakest).map((row) => row.URN);
    expect(expected.length).toBeGreaterThan(0);
    const { body } = await invoke<{ localAuthority: { schools: { edges: { node: Record<string, unknown> }[] } } }>(
      api.handler,
      `{ localAuthority(code: "886") { schools(first: ${expected.length + 5}, sort: QUALITY_OF_EDUCATION) {
        edges { node { urn name inclusionStatus { judgements { area grade } } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const nodes = (body.data?.localAuthority.schools.edges ?? []).map((edge) => edge.node) as {
      urn: string;
      name: string;
      inclusionStatus: { judgements: { area: string; grade: string }[] };
    }[];
    const listed = nodes.filter((node) => !SCENARIO_URNS.has(node.urn));
    const first = listed.slice(0, expected.length);
    expect(new Set(first.map((node) => node.urn))).toEqual(new Set(expected));
    // Within one grade, by name; the next school's judgement is no weaker.
    const names = first.map((node) => fold(node.name));
    expect(names).toEqual([...names].sort());
    const quality = (node: (typeof nodes)[number]) =>
      node.inclusionStatus.judgements.find((judgement) => judgement.area === 'QUALITY_OF_EDUCATION')?.grade;
    expect(first.every((node) => quality(node) === GRADES[String(weakest) as keyof typeof GRADES])).toBe(true);
    const after = listed[expected.length];
    if (after) expect(quality(after)).not.toBe(GRADES[String(weakest) as keyof typeof GRADES]);
  });

  it('is refused for England’s whole list, which has no such order', async () => {
    const { body } = await invoke(api.handler, '{ schools(sort: QUALITY_OF_EDUCATION) { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the CSV', () => {
  it('has a column per key judgement and the previous graded outcome, in words, in the sort asked for', async () => {
    const knowsley = rowsOf('Knowsley');
    const { body } = await invoke<{ localAuthority: { schoolsCsv: string } }>(
      api.handler,
      '{ localAuthority(code: "340") { schoolsCsv(sort: BEHAVIOUR_AND_ATTITUDES) } }',
    );
    expect(body.errors).toBeUndefined();
    const rows = parse(body.data?.localAuthority.schoolsCsv ?? '', { columns: true, bom: true }) as Row[];
    const words = { '1': 'Outstanding', '2': 'Good', '3': 'Requires improvement', '4': 'Inadequate' } as const;
    const wordOf = (cell: string | undefined) => words[(cell ?? '') as keyof typeof words] ?? '';
    let checked = 0;
    for (const expected of knowsley) {
      const row = rows.find((csv) => csv.URN === expected.URN);
      if (!row || expected['Does the latest graded inspection relate to the URN of the current school?'] !== 'Yes')
        continue;
      checked += 1;
      expect(row['Quality of education']).toBe(wordOf(expected['Quality of education']));
      expect(row['Behaviour and attitudes']).toBe(wordOf(expected['Behaviour and attitudes']));
      expect(row['Leadership and management']).toBe(wordOf(expected['Effectiveness of leadership and management']));
      expect(row['Sixth form provision']).toBe(wordOf(expected['Sixth form provision (where applicable)']));
      if (expected['Does the previous graded inspection relate to the URN of the current school?'] === 'Yes') {
        expect(row['Previous graded inspection']).toBe(isoOf(expected['Previous inspection start date']) ?? '');
        const previous = wordOf(expected['Previous graded inspection overall effectiveness']);
        expect(row['Previous graded outcome']).toBe(
          previous || (row['Previous graded inspection'] ? 'No overall grade' : ''),
        );
      }
    }
    expect(checked).toBeGreaterThan(20);
    // Weakest behaviour and attitudes first: the grades never get weaker down the file.
    const rank = (word: string | undefined) =>
      word ? ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'].indexOf(word) : 9;
    const ranks = rows.map((row) => rank(row['Behaviour and attitudes']));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
