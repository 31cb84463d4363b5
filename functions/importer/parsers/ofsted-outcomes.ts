// Ofsted's "state-funded schools inspections and outcomes" (official statistics, or the monthly management
// information with the same headers), .csv or .csv.gz, streamed: one result per row, the school's outcomes or a
// reject naming the column and the reason. A file without the expected headers is refused whole.
import type { Readable } from 'node:stream';
import { isIsoDate } from '../../core/calendar.js';
import { URN_FORMAT } from '../../core/identifiers.js';
import {
  categoryOfConcern,
  type GradedOutcome,
  gradeOf,
  type OfstedOutcomes,
  type OfstedSchoolFacts,
  type UngradedOutcome,
} from '../../core/ofsted-outcome.js';
import type { LegacyJudgementArea } from '../../core/vocabulary.js';
import { CellError, type Cells, quoted, type StreamedRow, streamCsvRows } from './csv-stream.js';

export type OutcomeRow = StreamedRow<OfstedOutcomes>;

/** The columns of one graded inspection, latest or previous: Ofsted writes the two blocks with different names. */
const gradedColumns = (previous: boolean) => ({
  number: previous ? 'Previous inspection number' : 'Inspection number of latest graded inspection',
  type: previous ? undefined : 'Inspection type',
  inspectedOn: previous ? 'Previous inspection start date' : 'Inspection start date',
  publishedOn: previous ? 'Previous publication date' : 'Publication date',
  ownUrn: `Does the ${previous ? 'previous' : 'latest'} graded inspection relate to the URN of the current school?`,
  urn: `URN at time of ${previous ? 'previous' : 'latest'} graded inspection`,
  nameAtInspection: `School name at time of ${previous ? 'previous' : 'latest'} graded inspection`,
  overall: previous ? 'Previous graded inspection overall effectiveness' : 'Overall effectiveness',
  concern: previous ? 'Previous category of concern' : 'Category of concern',
  safeguarding: previous ? 'Previous safeguarding is effective?' : 'Safeguarding is effective?',
  judgements: (
    [
      ['QUALITY_OF_EDUCATION', 'Quality of education'],
      ['BEHAVIOUR_AND_ATTITUDES', 'Behaviour and attitudes'],
      ['PERSONAL_DEVELOPMENT', 'Personal development'],
      ['LEADERSHIP_AND_MANAGEMENT', 'Effectiveness of leadership and management'],
      ['EARLY_YEARS', 'Early years provision (where applicable)'],
      ['SIXTH_FORM', 'Sixth form provision (where applicable)'],
    ] as [LegacyJudgementArea, string][]
  ).map(
    ([area, name]) => [area, previous ? `Previous ${name.charAt(0).toLowerCase()}${name.slice(1)}` : name] as const,
  ),
});

const UNGRADED = {
  inspectedOn: 'Date of latest ungraded inspection',
  publishedOn: 'Ungraded inspection publication date',
  outcome: 'Ungraded inspection overall outcome',
  converted: 'Did the latest ungraded inspection convert to a graded inspection?',
  ownUrn: 'Does the ungraded inspection relate to the URN of the current school?',
  urn: 'URN at time of the ungraded inspection',
  nameAtInspection: 'School name at time of the latest ungraded inspection',
};

/** The school's own facts: optional columns, read when the file has them. */
const SCHOOL = {
  laestab: 'LAESTAB',
  phase: 'Ofsted phase',
  type: 'Type of education',
  openedOn: 'School open date',
  postcode: 'Postcode',
  trustUid: 'Multi-academy trust UID',
};

const LATEST = gradedColumns(false);
const PREVIOUS = gradedColumns(true);

export const OFSTED_OUTCOME_COLUMNS = [
  'URN',
  'School name',
  'Local authority',
  ...Object.values(UNGRADED).filter((column) => column !== UNGRADED.nameAtInspection),
  ...[LATEST, PREVIOUS].flatMap((block) => [
    block.number,
    ...(block.type ? [block.type] : []),
    block.inspectedOn,
    block.publishedOn,
    block.ownUrn,
    block.urn,
    block.overall,
    block.concern,
    block.safeguarding,
    ...block.judgements.map(([, column]) => column),
  ]),
];

function date(cell: Cells, column: string): string | undefined {
  const text = cell(column);
  if (text === '') return undefined;
  const [day, month, year] = text.split('/');
  const iso = `${year}-${month}-${day}`;
  if (!isIsoDate(iso)) throw new CellError(column, `expected a date written DD/MM/YYYY, got "${text.slice(0, 40)}"`);
  return iso;
}

function yesNo(cell: Cells, column: string): boolean | undefined {
  const text = cell(column);
  if (text === 'Yes') return true;
  if (text === 'No') return false;
  if (text === '' || text === '9') return undefined;
  throw new CellError(column, `expected Yes or No, got "${text.slice(0, 40)}"`);
}

function urnAt(cell: Cells, column: string, own: boolean | undefined, schoolUrn: string): string {
  const text = cell(column);
  if (text === '' && own !== false) return schoolUrn;
  if (!URN_FORMAT.test(text)) throw new CellError(column, `expected a six-digit URN, got "${text.slice(0, 40)}"`);
  return text;
}

function graded(cell: Cells, block: typeof LATEST, schoolUrn: string): GradedOutcome | null {
  const inspectedOn = date(cell, block.inspectedOn);
  if (!inspectedOn) return null;
  const grade = (column: string) => {
    const value = gradeOf(cell(column));
    if (value === undefined)
      throw new CellError(column, `expected a grade 1-4 or 9, got "${cell(column).slice(0, 40)}"`);
    return value;
  };
  const concern = categoryOfConcern(cell(block.concern));
  if (concern === undefined)
    throw new CellError(block.concern, `expected SM, SWK, NTI or nothing, got "${cell(block.concern)}"`);
  const own = yesNo(cell, block.ownUrn);
  const number = cell(block.number);
  const type = block.type ? cell(block.type) : '';
  const publishedOn = date(cell, block.publishedOn);
  const nameAtInspection = cell(block.nameAtInspection);
  return {
    ...(number ? { inspectionNumber: number } : {}),
    ...(type ? { type } : {}),
    inspectedOn,
    ...(publishedOn ? { publishedOn } : {}),
    urn: urnAt(cell, block.urn, own, schoolUrn),
    inherited: own === false,
    ...(nameAtInspection ? { nameAtInspection } : {}),
    overallEffectiveness: grade(block.overall),
    categoryOfConcern: concern,
    judgements: block.judgements.flatMap(([area, column]) => {
      const value = grade(column);
      return value ? [{ area, grade: value }] : [];
    }),
    safeguardingEffective: yesNo(cell, block.safeguarding) ?? null,
  };
}

function ungraded(cell: Cells, schoolUrn: string): UngradedOutcome | null {
  const inspectedOn = date(cell, UNGRADED.inspectedOn);
  if (!inspectedOn) return null;
  const own = yesNo(cell, UNGRADED.ownUrn);
  const publishedOn = date(cell, UNGRADED.publishedOn);
  const nameAtInspection = cell(UNGRADED.nameAtInspection);
  return {
    inspectedOn,
    ...(publishedOn ? { publishedOn } : {}),
    urn: urnAt(cell, UNGRADED.urn, own, schoolUrn),
    inherited: own === false,
    ...(nameAtInspection ? { nameAtInspection } : {}),
    outcome: cell(UNGRADED.outcome),
    convertedToGraded: yesNo(cell, UNGRADED.converted) ?? false,
  };
}

function schoolFacts(cell: Cells): OfstedSchoolFacts {
  const openedOn = date(cell, SCHOOL.openedOn);
  const trustUid = cell(SCHOOL.trustUid);
  if (trustUid && !/^\d{1,8}$/.test(trustUid))
    throw new CellError(SCHOOL.trustUid, `expected a group UID (digits), got ${quoted(trustUid)}`);
  const laestab = cell(SCHOOL.laestab);
  if (laestab && !/^\d{7}$/.test(laestab))
    throw new CellError(
      SCHOOL.laestab,
      `expected seven digits (LA code and establishment number), got ${quoted(laestab)}`,
    );
  const facts: OfstedSchoolFacts = {
    laestab,
    phase: cell(SCHOOL.phase),
    type: cell(SCHOOL.type),
    openedOn,
    postcode: cell(SCHOOL.postcode),
    trustUid,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value)) as OfstedSchoolFacts;
}

function outcomesOf(cell: Cells): OfstedOutcomes {
  const urn = cell('URN');
  if (!URN_FORMAT.test(urn)) throw new CellError('URN', `expected a six-digit URN, got "${urn.slice(0, 40)}"`);
  return {
    urn,
    schoolName: cell('School name'),
    laName: cell('Local authority'),
    school: schoolFacts(cell),
    latestGraded: graded(cell, LATEST, urn),
    previousGraded: graded(cell, PREVIOUS, urn),
    latestUngraded: ungraded(cell, urn),
  };
}

/** Streams the rows of `source` (gzipped when `name` ends in .gz); throws at once on a file of another layout. */
export function readOfstedOutcomes(source: Readable, name: string): AsyncGenerator<OutcomeRow> {
  return streamCsvRows(
    source,
    name,
    { what: 'an Ofsted outcomes file', columns: OFSTED_OUTCOME_COLUMNS, kind: 'ofsted-outcomes' },
    outcomesOf,
  );
}
