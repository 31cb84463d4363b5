// A school list as CSV, one row per school, with the measures a council officer filters on, in words people read
// (labels, council and trust names), with a byte-order mark so Excel opens it as UTF-8.
import { stringify } from 'csv-stringify/sync';
import { censusPeriodLabel, censusView } from './census.js';
import { type InclusionStatusView, inclusionStatus } from './inclusion-status.js';
import {
  awardLevelLabels,
  awardStatusLabels,
  categoryOfConcernLabels,
  censusColumnLabels,
  gradedOutcomeLabel,
  labelOf,
  legacyGradeLabels,
  legacyJudgementAreaLabels,
  reportCardAreaLabels,
  reportCardGradeLabels,
  safeguardingLabels,
  ungradedOutcomeLabel,
} from './labels.js';
import type { IsoDate, SchoolRecord } from './records.js';
import { activePartnerCount } from './school-filter.js';
import { LEGACY_JUDGEMENT_AREAS, REPORT_CARD_AREAS } from './vocabulary.js';

// Inclusion has its own column already; the other report-card areas follow the key judgements.
const EVALUATED_AREAS = REPORT_CARD_AREAS.filter((area) => area !== 'INCLUSION');

const COLUMNS = [
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
  ...LEGACY_JUDGEMENT_AREAS.map((area) => legacyJudgementAreaLabels[area]),
  ...EVALUATED_AREAS.map((area) => `${reportCardAreaLabels[area]} (2025)`),
  'Previous graded inspection',
  'Previous graded outcome',
  'Safeguarding',
  'Category of concern',
  'Graded outcome inherited from URN',
  'Ungraded inspection since',
  'Ungraded outcome',
  'Active partners',
  ...Object.values(censusColumnLabels),
  'Illustrative facts',
  'Status as at',
  'Ofsted data as at',
  'GIAS data as at',
];

/** Names to print beside the codes: the council's and each trust's; and the as-at dates of the data. */
export interface CsvNames {
  /** As the data sources state them, e.g. { ofsted: '2025-08-31', gias: '2025-09' }. */
  asAt?: { ofsted?: string; gias?: string };
  localAuthority(code: string): string;
  trust(uid: string): string;
}

const BOM = '\uFEFF';

/**
 * The census columns' header names the newest census among the schools ("SEN support % (January 2023 census)"); a
 * school whose figures are from an older census leaves them empty rather than show them as that census's.
 */
function censusColumns(schools: readonly SchoolRecord[]) {
  const asAt = schools.reduce<IsoDate | null>((newest, { census }) => {
    if (!census) return newest;
    return newest === null || census.asAt > newest ? census.asAt : newest;
  }, null);
  const period = asAt ? ` (${censusPeriodLabel(asAt)})` : '';
  const header = COLUMNS.map((column) =>
    (Object.values(censusColumnLabels) as string[]).includes(column) ? `${column}${period}` : column,
  );
  const cells = (school: SchoolRecord) => {
    const view = school.census?.asAt === asAt ? censusView(school.census) : null;
    const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
    return [text(view?.senSupportPercent), text(view?.ehcPlanPercent), text(view?.fsmPercent)];
  };
  return { header, cells };
}

export function schoolsCsv(schools: readonly SchoolRecord[], today: IsoDate, names: CsvNames): string {
  const census = censusColumns(schools);
  const rows = schools.map((school) => {
    const status = inclusionStatus(school, today);
    return [
      school.urn,
      school.name,
      school.type ?? '',
      school.phase ?? '',
      school.administrativeDistrict ?? '',
      school.postcode ?? '',
      names.localAuthority(school.laCode),
      school.laCode,
      school.trustUid ? names.trust(school.trustUid) : '',
      school.trustUid ?? '',
      labelOf(awardLevelLabels, status.awardLevel),
      labelOf(awardStatusLabels, status.awardStatus),
      status.nextDueOn ?? '',
      status.latestInspectionOn ?? '',
      status.gradedInspectionOn ?? '',
      labelOf(reportCardGradeLabels, status.inclusionGrade),
      labelOf(legacyGradeLabels, status.legacyOverallGrade),
      ...outcomeCells(status),
      labelOf(safeguardingLabels, status.safeguarding),
      labelOf(categoryOfConcernLabels, status.categoryOfConcern),
      status.gradedInheritedFromUrn ?? '',
      status.ungradedInspectionOn ?? '',
      ungradedOutcomeLabel(status.ungradedOutcome),
      String(activePartnerCount(school)),
      ...census.cells(school),
      isIllustrative(school) ? 'Yes' : '',
      today,
      names.asAt?.ofsted ?? '',
      names.asAt?.gias ?? '',
    ];
  });
  return (
    BOM + stringify([census.header, ...rows], { record_delimiter: 'windows', cast: { string: neutraliseFormula } })
  );
}

/** The key judgements, the report card's other areas and the previous graded outcome, in the header's order. */
function outcomeCells(status: InclusionStatusView): string[] {
  const judged = new Map(status.judgements.map(({ area, grade }) => [area, legacyGradeLabels[grade]]));
  const evaluated = new Map(status.evaluations.map(({ area, grade }) => [area, reportCardGradeLabels[grade]]));
  const previous = status.previousGradedInspectionOn
    ? gradedOutcomeLabel(status.previousInclusionGrade, status.previousLegacyOverallGrade)
    : '';
  return [
    ...LEGACY_JUDGEMENT_AREAS.map((area) => judged.get(area) ?? ''),
    ...EVALUATED_AREAS.map((area) => evaluated.get(area) ?? ''),
    status.previousGradedInspectionOn ?? '',
    previous,
  ];
}

/** Whether the school's summarised award or inspection is demonstration data rather than a public fact. */
const isIllustrative = ({ summary }: SchoolRecord) =>
  [summary.award, summary.latestInspection, summary.ungradedSince].some((fact) => fact?.provenance === 'ILLUSTRATIVE');

/**
 * OWASP CSV injection: a cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is
 * prefixed with a quote, so "=HYPERLINK(...)" in a school's name stays text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
