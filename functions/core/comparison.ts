// One row per school for a side-by-side comparison: one field per measure, Inclusion first.
import { inclusionStatus } from './inclusion-status.js';
import type { InspectionRecord, IsoDate, SchoolRecord } from './records.js';
import { activePartnerCount } from './school-filter.js';
import {
  type AwardLevel,
  type AwardStatus,
  type LegacyGrade,
  type LegacyJudgementArea,
  REPORT_CARD_AREAS,
  type ReportCardArea,
  type ReportCardGrade,
  type Safeguarding,
} from './vocabulary.js';

export interface ComparisonRowView {
  school: SchoolRecord;
  awardLevel: AwardLevel | null;
  awardStatus: AwardStatus | null;
  nextDueOn: IsoDate | null;
  latestInspectionOn: IsoDate | null;
  framework: 'LEGACY' | 'REPORT_CARD' | null;
  evaluations: { area: ReportCardArea; grade: ReportCardGrade }[];
  judgements: { area: LegacyJudgementArea; grade: LegacyGrade }[];
  overallEffectiveness: LegacyGrade | null;
  safeguarding: Safeguarding | null;
  activePartnerCount: number;
  previousGradedInspectionOn: IsoDate | null;
  previousOverallEffectiveness: LegacyGrade | null;
  previousInclusionGrade: ReportCardGrade | null;
}

export function comparisonRow(
  school: SchoolRecord,
  latest: InspectionRecord | null,
  today: IsoDate,
): ComparisonRowView {
  const status = inclusionStatus(school, today);
  return {
    school,
    awardLevel: status.awardLevel,
    awardStatus: status.awardStatus,
    nextDueOn: status.nextDueOn,
    latestInspectionOn: latest?.inspectedOn ?? null,
    framework: latest?.framework ?? null,
    evaluations:
      latest?.framework === 'REPORT_CARD'
        ? [...latest.evaluations].sort((a, b) => REPORT_CARD_AREAS.indexOf(a.area) - REPORT_CARD_AREAS.indexOf(b.area))
        : [],
    judgements: latest?.framework === 'LEGACY' ? latest.judgements : [],
    overallEffectiveness: latest?.framework === 'LEGACY' ? (latest.overallEffectiveness ?? null) : null,
    safeguarding: latest?.safeguarding ?? null,
    activePartnerCount: activePartnerCount(school),
    previousGradedInspectionOn: status.previousGradedInspectionOn,
    previousOverallEffectiveness: status.previousLegacyOverallGrade,
    previousInclusionGrade: status.previousInclusionGrade,
  };
}
