// Saying that a council quality-assures a partnership is that council's to say, or an admin's: the one rule the
// addPartnership mutation and the partnerships import both apply.
import { type Caller, scopeCovers } from './authorization.js';
import { DomainError } from './errors.js';
import type { PartnerAgencyRecord, PartnershipRecord } from './records.js';

/** Who speaks: the caller's role and scope (a signed-in user, or whom an import acts for). */
export type Speaker = Pick<Caller, 'role' | 'scope'>;

/**
 * The council whose word the claim is: the agency's own council; for an agency that is no council's (a charity,
 * an NHS service), the council of the school, the one that would quality-assure provision for its schools.
 */
export function assuringLocalAuthority(
  agency: Pick<PartnerAgencyRecord, 'laCode'>,
  school: { laCode: string },
): string {
  return agency.laCode ?? school.laCode;
}

/** Admins may say it of any council; otherwise only a council officer whose scope covers the assuring council. */
export function maySpeakForLocalAuthority(speaker: Speaker, laCode: string): boolean {
  if (speaker.role === 'admin') return true;
  return speaker.role === 'council_officer' && scopeCovers(speaker.scope, { laCode });
}

export interface AssuranceClaim {
  partnership: Pick<PartnershipRecord, 'councilQualityAssured'>;
  agency: Pick<PartnerAgencyRecord, 'name' | 'laCode'>;
  school: { laCode: string };
  /** The assuring council's name, for the message; its code is used when unknown. */
  localAuthorityName?: string;
}

/** Why the speaker may not claim council quality assurance for this partnership, or null when they may. */
export function assuranceRefusal(speaker: Speaker, claim: AssuranceClaim): string | null {
  if (!claim.partnership.councilQualityAssured) return null;
  const laCode = assuringLocalAuthority(claim.agency, claim.school);
  if (maySpeakForLocalAuthority(speaker, laCode)) return null;
  const localAuthority = claim.localAuthorityName
    ? `${claim.localAuthorityName} (council ${laCode})`
    : `council ${laCode}`;
  return (
    `Saying that ${localAuthority} quality-assures work with ${claim.agency.name} is for that council's officers ` +
    'or an admin; add the partnership with councilQualityAssured false, or ask them to add it.'
  );
}

/** Refuses a claim of council quality assurance made in another council's name: FORBIDDEN, before any write. */
export function requireAssuranceClaim(speaker: Speaker, claim: AssuranceClaim): void {
  const refusal = assuranceRefusal(speaker, claim);
  if (refusal) throw new DomainError('FORBIDDEN', refusal);
}
