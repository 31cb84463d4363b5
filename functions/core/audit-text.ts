// What the audit trail says of each kind of change, in one place: every writer takes its summary from here.
// Plain words for people reading a school's history: levels and roles by their labels, dates as "15 December 2023",
// an award by its level and date rather than its id.

import type { PlacedAward } from './award-supersession.js';
import { dateInWords } from './calendar.js';
import type { ContactRole } from './contacts.js';
import { awardLevelLabels, awardName, contactRoleLabels } from './labels.js';
import type { AwardRecord, InspectionRecord, IsoDate } from './records.js';

/** "the Centre of Excellence award of 15 December 2023" */
const awardOf = (award: AwardRecord) => `the ${awardName(award.level)} of ${dateInWords(award.awardedOn)}`;

/** What the supersession rule closed: the awards replaced, and the held award that replaces this one. */
function supersession(superseded: readonly AwardRecord[], supersededBy: AwardRecord | undefined): string {
  const replaced = superseded.length ? `, superseding ${superseded.map(awardOf).join(' and ')}` : '';
  const by = supersededBy ? `; superseded by ${awardOf(supersededBy)}, held already` : '';
  return replaced + by;
}

export const auditText = {
  inspectionRecorded: (inspection: InspectionRecord) =>
    `Recorded a ${inspection.framework === 'LEGACY' ? 'legacy' : 'report-card'} inspection ` +
    `of ${dateInWords(inspection.inspectedOn)}`,
  awardGranted: ({ award, superseded, supersededBy }: PlacedAward) =>
    `${awardLevelLabels[award.level]} granted, awarded ${dateInWords(award.awardedOn)}` +
    supersession(superseded, supersededBy),
  annualReviewRecorded: (reviewedOn: IsoDate, { superseded, supersededBy }: PlacedAward) =>
    `Recorded the annual review of ${dateInWords(reviewedOn)}${supersession(superseded, supersededBy)}`,
  reassessed: (award: AwardRecord, { award: renewed, superseded, supersededBy }: PlacedAward) =>
    `Reassessed ${awardOf(award)}: new award of ${dateInWords(renewed.awardedOn)}` +
    supersession(
      superseded.filter((other) => other.id !== award.id),
      supersededBy,
    ),
  awardWithdrawn: (withdrawnOn: IsoDate, reason: string) =>
    `Withdrew the award on ${dateInWords(withdrawnOn)}: ${reason}`,
  partnershipAdded: (agencyName: string, since: IsoDate) =>
    `Added a partnership with ${agencyName} from ${dateInWords(since)}`,
  partnershipEnded: (agencyId: string, until: IsoDate) =>
    `Ended the partnership with ${agencyId} on ${dateInWords(until)}`,
  schoolUpserted: (existed: boolean) => (existed ? `Updated the school's details` : `Added the school`),
  censusImported: (source: string) => `Updated the school's census figures from ${source}`,
  schoolImported: (existed: boolean, source: string) =>
    existed ? `Updated the school's GIAS details from ${source}` : `Added the school from ${source}`,
  schoolLinkedBy: (existed: boolean, source: string) =>
    existed
      ? `Linked the school to a predecessor or successor named in ${source}`
      : `Added the predecessor named in ${source}`,
  /** The address stays out: the audit trail is read more widely than the contact list. */
  contactChanged: (added: boolean, role: ContactRole) =>
    `${added ? 'Added' : 'Removed'} a contact (${contactRoleLabels[role]})`,
  /** The id is `${awardId}#${dueOn}#${daysBefore}` (reminder-plan.ts): people read the due date, not the id. */
  reminderAcknowledged: (reminderId: string) => {
    const dueOn = reminderId.split('#')[1] ?? '';
    const due = /^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? ` of the award due ${dateInWords(dueOn)}` : '';
    return `Acknowledged the reminder${due}`;
  },
};
