// What the audit trail says of each kind of change, in one place: every writer takes its summary from here.
import type { AwardRecord, InspectionRecord, IsoDate } from './records.js';

export const auditText = {
  inspectionRecorded: (inspection: InspectionRecord) =>
    `Recorded a ${inspection.framework === 'LEGACY' ? 'legacy' : 'report-card'} inspection ` +
    `of ${inspection.inspectedOn}`,
  awardGranted: (award: AwardRecord, superseded: readonly AwardRecord[]) =>
    `Granted ${award.level} (awarded ${award.awardedOn})` +
    (superseded.length ? `, superseding ${superseded.map((old) => old.id).join(', ')}` : ''),
  annualReviewRecorded: (reviewedOn: IsoDate) => `Recorded the annual review of ${reviewedOn}`,
  reassessed: (award: AwardRecord, renewed: AwardRecord) => `Reassessed ${award.id}: new award of ${renewed.awardedOn}`,
  awardWithdrawn: (withdrawnOn: IsoDate, reason: string) => `Withdrew the award on ${withdrawnOn}: ${reason}`,
  partnershipAdded: (agencyName: string, since: IsoDate) => `Added a partnership with ${agencyName} from ${since}`,
  partnershipEnded: (agencyId: string, until: IsoDate) => `Ended the partnership with ${agencyId} on ${until}`,
  schoolUpserted: (existed: boolean) => (existed ? `Updated the school's details` : `Added the school`),
  schoolImported: (existed: boolean, source: string) =>
    existed ? `Updated the school's GIAS details from ${source}` : `Added the school from ${source}`,
  /** The address stays out: the audit trail is read more widely than the contact list. */
  contactChanged: (added: boolean, role: string) => `${added ? 'Added' : 'Removed'} a contact (${role})`,
  reminderAcknowledged: (reminderId: string) => `Acknowledged reminder ${reminderId}`,
};
