// What the audit trail says of each kind of change, in one place: every writer takes its summary from here.
import type { PlacedAward } from './award-supersession.js';
import type { AwardRecord, InspectionRecord, IsoDate } from './records.js';

/** What the supersession rule closed: the awards replaced, and the held award that replaces this one. */
function supersession(superseded: readonly AwardRecord[], supersededBy: AwardRecord | undefined): string {
  const replaced = superseded.length ? `, superseding ${superseded.map((old) => old.id).join(', ')}` : '';
  const by = supersededBy ? `; superseded from ${supersededBy.awardedOn} by ${supersededBy.id}, held already` : '';
  return replaced + by;
}

export const auditText = {
  inspectionRecorded: (inspection: InspectionRecord) =>
    `Recorded a ${inspection.framework === 'LEGACY' ? 'legacy' : 'report-card'} inspection ` +
    `of ${inspection.inspectedOn}`,
  awardGranted: ({ award, superseded, supersededBy }: PlacedAward) =>
    `Granted ${award.level} (awarded ${award.awardedOn})${supersession(superseded, supersededBy)}`,
  annualReviewRecorded: (reviewedOn: IsoDate, { superseded, supersededBy }: PlacedAward) =>
    `Recorded the annual review of ${reviewedOn}${supersession(superseded, supersededBy)}`,
  reassessed: (award: AwardRecord, { award: renewed, superseded, supersededBy }: PlacedAward) =>
    `Reassessed ${award.id}: new award of ${renewed.awardedOn}` +
    supersession(
      superseded.filter((other) => other.id !== award.id),
      supersededBy,
    ),
  awardWithdrawn: (withdrawnOn: IsoDate, reason: string) => `Withdrew the award on ${withdrawnOn}: ${reason}`,
  partnershipAdded: (agencyName: string, since: IsoDate) => `Added a partnership with ${agencyName} from ${since}`,
  partnershipEnded: (agencyId: string, until: IsoDate) => `Ended the partnership with ${agencyId} on ${until}`,
  schoolUpserted: (existed: boolean) => (existed ? `Updated the school's details` : `Added the school`),
  censusImported: (source: string) => `Updated the school's census figures from ${source}`,
  schoolImported: (existed: boolean, source: string) =>
    existed ? `Updated the school's GIAS details from ${source}` : `Added the school from ${source}`,
  schoolLinkedBy: (existed: boolean, source: string) =>
    existed
      ? `Linked the school to a predecessor or successor named in ${source}`
      : `Added the predecessor named in ${source}`,
  /** The address stays out: the audit trail is read more widely than the contact list. */
  contactChanged: (added: boolean, role: string) => `${added ? 'Added' : 'Removed'} a contact (${role})`,
  reminderAcknowledged: (reminderId: string) => `Acknowledged reminder ${reminderId}`,
};
