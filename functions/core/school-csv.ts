// A school list as CSV, one row per school, with the measures a council officer filters on.
import { stringify } from 'csv-stringify/sync';
import { inclusionStatus } from './inclusion-status.js';
import type { IsoDate, SchoolRecord } from './records.js';
import { activePartnerCount } from './school-filter.js';

const COLUMNS = [
  'URN',
  'School',
  'Type',
  'Phase',
  'District',
  'Postcode',
  'LA code',
  'Trust UID',
  'Award level',
  'Award status',
  'Next due',
  'Latest inspection',
  'Inclusion grade (2025)',
  'Legacy overall grade',
  'Safeguarding',
  'Active partners',
];

export function schoolsCsv(schools: readonly SchoolRecord[], today: IsoDate): string {
  const rows = schools.map((school) => {
    const status = inclusionStatus(school.summary, today);
    return [
      school.urn,
      school.name,
      school.type ?? '',
      school.phase ?? '',
      school.administrativeDistrict ?? '',
      school.postcode ?? '',
      school.laCode,
      school.trustUid ?? '',
      status.awardLevel ?? '',
      status.awardStatus ?? '',
      status.nextDueOn ?? '',
      status.latestInspectionOn ?? '',
      status.inclusionGrade ?? '',
      status.legacyOverallGrade ?? '',
      status.safeguarding ?? '',
      String(activePartnerCount(school)),
    ];
  });
  return stringify([COLUMNS, ...rows], { record_delimiter: 'windows', cast: { string: neutraliseFormula } });
}

/**
 * OWASP CSV injection: a cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is
 * prefixed with a quote, so "=HYPERLINK(...)" in a school's name stays text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
