// Turns the scenario into stored records, updating the schools' record lists and summaries.
import { inspectionSummary, isNewerInspection } from '../../functions/core/school-summary.js';
import type {
  AwardRecord,
  InspectionRecord,
  PartnerAgencyRecord,
  PartnershipRecord,
  SchoolRecord,
} from '../../functions/core/records.js';
import { newRecordId, partnershipId } from '../../functions/store/keys.js';
import { scenarioAwards, scenarioInspections, scenarioPartnerships } from './scenario.js';

export interface ScenarioRecords {
  inspections: InspectionRecord[];
  awards: AwardRecord[];
  agencies: PartnerAgencyRecord[];
  partnerships: PartnershipRecord[];
}

/** Applies the scenario to `schools` (mutated in place) and returns the new records. */
export function applyScenario(schools: Map<string, SchoolRecord>): ScenarioRecords {
  const schoolOf = (urn: string) => {
    const school = schools.get(urn);
    if (!school) throw new Error(`The seed scenario refers to school ${urn}, which the GIAS seed did not load`);
    return school;
  };
  const inspections = scenarioInspections.map((entry, index): InspectionRecord => {
    const record: InspectionRecord = {
      framework: 'LEGACY',
      id: newRecordId('I', entry.urn, entry.inspectedOn, `seed${index}`),
      urn: entry.urn,
      inspectedOn: entry.inspectedOn,
      type: entry.type,
      overallEffectiveness: entry.overallEffectiveness,
      judgements: [],
      safeguarding: entry.safeguarding,
      leadInspector: entry.leadInspector,
      summary: entry.summary,
      provenance: entry.provenance,
      source: entry.source,
    };
    const school = schoolOf(entry.urn);
    school.inspectionIds = [record.id, ...school.inspectionIds].sort().reverse();
    if (isNewerInspection(record, school.summary.latestInspection)) {
      school.summary = { ...school.summary, latestInspection: inspectionSummary(record) };
    }
    return record;
  });

  const awards: AwardRecord[] = [];
  scenarioAwards.forEach((entry, index) => {
    const school = schoolOf(entry.urn);
    // A new award supersedes the school's standing award of the same or a lower level.
    for (const earlier of awards) {
      if (earlier.urn === entry.urn && !earlier.supersededOn) earlier.supersededOn = entry.awardedOn;
    }
    const record: AwardRecord = {
      id: newRecordId('A', entry.urn, entry.awardedOn, `seed${index}`),
      urn: entry.urn,
      level: entry.level,
      assessedOn: entry.assessedOn,
      awardedOn: entry.awardedOn,
      visitDays: entry.visitDays,
      assessor: entry.assessor,
      elements: entry.elements.map((finding) => ({ ...finding, standOut: finding.standOut ?? false })),
      reviews: [...entry.reviews].sort((a, b) => (a.reviewedOn < b.reviewedOn ? 1 : -1)),
      provenance: entry.provenance,
      source: entry.source,
      version: 1,
    };
    school.awardIds = [record.id, ...school.awardIds].sort().reverse();
    awards.push(record);
  });

  const agencies = new Map<string, PartnerAgencyRecord>();
  const partnerships = scenarioPartnerships.map((entry): PartnershipRecord => {
    agencies.set(entry.agency.id, { ...entry.agency });
    const school = schoolOf(entry.urn);
    school.partnershipIds = [partnershipId(entry.agency.id, entry.since), ...school.partnershipIds];
    return {
      urn: entry.urn,
      agencyId: entry.agency.id,
      since: entry.since,
      focus: entry.focus,
      councilQualityAssured: entry.councilQualityAssured,
      provenance: entry.provenance,
      source: entry.source,
    };
  });
  return { inspections, awards, agencies: [...agencies.values()], partnerships };
}
