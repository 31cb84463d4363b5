// Changes an inspection states, derived from a school's summary before and after it took the inspection in:
// inspected, the graded outcome moved from the school's previous one, a category of concern entered or left,
// safeguarding not effective. Only the school the visit was made under gets them (an inherited outcome is its
// predecessor's change, not the successor's).

import { type ChangeFacts, type ChangeOrigin, type ChangeRecord, changeRecord } from './change-record.js';
import { categoryOfConcernLabels, legacyGradeLabels, reportCardGradeLabels } from './labels.js';
import type { InspectionSummaryEntry, SchoolRecord, SchoolSummary } from './records.js';
import { aboutSchool } from './school-changes.js';

/** The outcome people compare: the overall grade (OEIF) or the Inclusion grade (report cards). */
function headline(entry: InspectionSummaryEntry): string | undefined {
  if (entry.framework === 'REPORT_CARD')
    return entry.inclusionGrade ? reportCardGradeLabels[entry.inclusionGrade] : undefined;
  return entry.overallEffectiveness ? legacyGradeLabels[entry.overallEffectiveness] : undefined;
}

const headlineCode = (entry: InspectionSummaryEntry) => entry.inclusionGrade ?? entry.overallEffectiveness;

const gradedName = (entry: InspectionSummaryEntry) =>
  entry.framework === 'REPORT_CARD' ? 'Report card inspection (Inclusion)' : 'Graded inspection';

const notEffective = (entry: InspectionSummaryEntry) =>
  entry.safeguarding === 'NOT_EFFECTIVE' || entry.safeguarding === 'NOT_MET';

export function inspectionChanges(
  school: SchoolRecord,
  before: SchoolSummary,
  after: SchoolSummary,
  origin: ChangeOrigin,
): ChangeRecord[] {
  const own = (entry: InspectionSummaryEntry | undefined): entry is InspectionSummaryEntry =>
    entry !== undefined && (entry.urn ?? school.urn) === school.urn;
  const about = aboutSchool(school);
  const facts: ChangeFacts[] = [];
  const graded = after.latestInspection;
  if (own(graded) && graded.inspectionId !== before.latestInspection?.inspectionId) {
    const on = graded.inspectedOn;
    const grade = headline(graded);
    facts.push({
      ...about,
      kind: 'INSPECTED',
      happenedOn: on,
      summary: `${gradedName(graded)}${grade ? `: ${grade}` : ''}`,
      to: grade,
      toCode: graded.inspectionId,
    });
    const previous = before.latestInspection;
    const was = previous && previous.framework === graded.framework ? headline(previous) : undefined;
    if (previous && was && grade && was !== grade)
      facts.push({
        ...about,
        kind: 'GRADE_MOVED',
        happenedOn: on,
        summary: `${gradedName(graded)}: ${was} → ${grade}`,
        from: was,
        to: grade,
        fromCode: headlineCode(previous),
        toCode: headlineCode(graded),
      });
    const concern = graded.categoryOfConcern;
    const priorConcern = previous?.categoryOfConcern;
    if (concern && concern !== priorConcern)
      facts.push({
        ...about,
        kind: 'CONCERN_ENTERED',
        happenedOn: on,
        summary: `Entered ${categoryOfConcernLabels[concern].toLowerCase()}`,
        from: priorConcern ? categoryOfConcernLabels[priorConcern] : undefined,
        to: categoryOfConcernLabels[concern],
      });
    if (priorConcern && !concern)
      facts.push({
        ...about,
        kind: 'CONCERN_LEFT',
        happenedOn: on,
        summary: `Left ${categoryOfConcernLabels[priorConcern].toLowerCase()}`,
        from: categoryOfConcernLabels[priorConcern],
      });
    if (notEffective(graded)) facts.push(safeguarding(about, graded));
  }
  const ungraded = after.ungradedSince;
  if (own(ungraded) && ungraded.inspectionId !== before.ungradedSince?.inspectionId) {
    const name = ungraded.framework === 'REPORT_CARD' ? 'Monitoring visit' : 'Ungraded inspection';
    facts.push({
      ...about,
      kind: 'INSPECTED',
      happenedOn: ungraded.inspectedOn,
      summary: `${name}${ungraded.outcome ? `: ${ungraded.outcome}` : ''}`,
      to: ungraded.outcome,
      toCode: ungraded.inspectionId,
    });
    if (notEffective(ungraded)) facts.push(safeguarding(about, ungraded));
  }
  return facts.map((fact) => changeRecord(fact, origin));
}

function safeguarding(about: ReturnType<typeof aboutSchool>, entry: InspectionSummaryEntry): ChangeFacts {
  return {
    ...about,
    kind: 'SAFEGUARDING_NOT_EFFECTIVE',
    happenedOn: entry.inspectedOn,
    summary: entry.framework === 'REPORT_CARD' ? 'Safeguarding: not met' : 'Safeguarding: not effective',
    toCode: entry.inspectionId,
  };
}
