// Ofsted's stated outcomes as Beacon's inspection records: each under the URN it was made under (a predecessor's
// when inherited, so lineage shows it as inherited), graded and ungraded kept apart, nothing invented.
import { badInput } from './errors.js';
import type { GradedOutcome, OfstedOutcomes } from './ofsted-outcome.js';
import type { IsoDate, LegacyInspectionRecord, SchoolRecord } from './records.js';

const CONVERTED = ' (converted to a graded inspection)';

const CONCERN_WORDS = {
  SPECIAL_MEASURES: 'special measures',
  SERIOUS_WEAKNESSES: 'serious weaknesses',
  NOTICE_TO_IMPROVE: 'notice to improve',
} as const;

/** Gives an inspection its id; graded and ungraded visits of one day get different ones. */
export type InspectionIdOf = (urn: string, date: IsoDate, kind: 'graded' | 'ungraded') => string;

export interface StatedInspection {
  inspection: LegacyInspectionRecord;
  /** The file's column for its date, to name in a rejection. */
  column: string;
}

function graded(outcome: GradedOutcome, source: string, id: InspectionIdOf): LegacyInspectionRecord {
  const concern = outcome.categoryOfConcern ? `; category of concern: ${CONCERN_WORDS[outcome.categoryOfConcern]}` : '';
  return {
    id: id(outcome.urn, outcome.inspectedOn, 'graded'),
    urn: outcome.urn,
    framework: 'LEGACY',
    type: 'GRADED',
    inspectedOn: outcome.inspectedOn,
    ...(outcome.publishedOn ? { publishedOn: outcome.publishedOn } : {}),
    ...(outcome.overallEffectiveness ? { overallEffectiveness: outcome.overallEffectiveness } : {}),
    judgements: outcome.judgements,
    ...(outcome.safeguardingEffective === null
      ? {}
      : { safeguarding: outcome.safeguardingEffective ? 'EFFECTIVE' : 'NOT_EFFECTIVE' }),
    ...(outcome.categoryOfConcern ? { categoryOfConcern: outcome.categoryOfConcern } : {}),
    summary: `${outcome.type ?? 'Graded inspection'}${concern}`,
    provenance: 'REAL',
    source,
  };
}

export function inspectionsOfOutcomes(
  outcomes: OfstedOutcomes,
  source: string,
  id: InspectionIdOf,
): StatedInspection[] {
  const stated: StatedInspection[] = [];
  if (outcomes.latestGraded) {
    stated.push({ inspection: graded(outcomes.latestGraded, source, id), column: 'Inspection start date' });
  }
  if (outcomes.previousGraded) {
    stated.push({ inspection: graded(outcomes.previousGraded, source, id), column: 'Previous inspection start date' });
  }
  const ungraded = outcomes.latestUngraded;
  if (ungraded) {
    stated.push({
      column: 'Date of latest ungraded inspection',
      inspection: {
        id: id(ungraded.urn, ungraded.inspectedOn, 'ungraded'),
        urn: ungraded.urn,
        framework: 'LEGACY',
        type: 'UNGRADED',
        inspectedOn: ungraded.inspectedOn,
        ...(ungraded.publishedOn ? { publishedOn: ungraded.publishedOn } : {}),
        judgements: [],
        ...(ungraded.outcome ? { outcome: ungraded.outcome } : {}),
        convertedToGraded: ungraded.convertedToGraded,
        summary: (ungraded.outcome || 'Ungraded inspection') + (ungraded.convertedToGraded ? CONVERTED : ''),
        provenance: 'REAL',
        source,
      },
    });
  }
  return stated;
}

/** An inspection dated before its school opened belongs to a predecessor: refused on this URN. */
export function checkInspectionDate(school: SchoolRecord, inspection: LegacyInspectionRecord): LegacyInspectionRecord {
  if (school.openedOn && inspection.inspectedOn < school.openedOn) {
    throw badInput(
      `URN ${school.urn} opened on ${school.openedOn}; ` +
        `an inspection of ${inspection.inspectedOn} belongs to a predecessor`,
    );
  }
  return inspection;
}
