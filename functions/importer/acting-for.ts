// Whom a partnerships register speaks for, and what that lets each row say: the mutation's scope rule (the school's
// council, or the agency's) and its council quality assurance rule (local-authority-assurance.ts), applied per row.
import { scopeCovers } from '../core/authorization.js';
import { assuranceRefusal, maySpeakForLocalAuthority, type Speaker } from '../core/local-authority-assurance.js';
import type { PartnerAgencyRecord, PartnershipRecord, SchoolRecord } from '../core/records.js';
import { importLocalAuthorityOf } from '../deployment.js';
import type { RowReject } from './parsers/csv-stream.js';

/** Beacon's operators: an upload outside any council's folder, or the CLI without --council. */
export const OPERATORS: Speaker = { role: 'admin', scope: 'all' };

/** A council's own upload speaks as that council's officers do. */
export const speakerFor = (laCode: string | null): Speaker =>
  laCode ? { role: 'council_officer', scope: `la:${laCode}` } : OPERATORS;

/** An upload to the import bucket speaks for the council whose folder it is in, or for the operators. */
export const speakerOfUpload = (key: string): Speaker => speakerFor(importLocalAuthorityOf(key));

export interface PartnershipRow {
  line: number;
  school: SchoolRecord;
  /** The agency as Beacon holds it, or as the row would create it. */
  agency: PartnerAgencyRecord;
  createsAgency: boolean;
  partnership: PartnershipRecord;
  /** The row adds the partnership (rather than ending one or leaving it as it is). */
  adds: boolean;
}

/** Why the register may not say what this row says, or null when it may. */
export function partnershipRowRefusal(speaker: Speaker, row: PartnershipRow): RowReject | null {
  const { line, school, agency } = row;
  if (speaker.role === 'admin') return null;
  if (row.createsAgency && agency.laCode && !maySpeakForLocalAuthority(speaker, agency.laCode)) {
    return {
      line,
      column: 'Agency council code',
      reason: `this register speaks for ${speaker.scope}; it may not create an agency of council ${agency.laCode}`,
    };
  }
  if (!scopeCovers(speaker.scope, { urn: school.urn, laCode: school.laCode, agencyLaCode: agency.laCode })) {
    return {
      line,
      column: 'URN',
      reason:
        `this register speaks for ${speaker.scope}, so for its council's schools and agencies; school ` +
        `${school.urn} is in council ${school.laCode} and ${agency.id} is not one of its agencies`,
    };
  }
  const refusal = row.adds ? assuranceRefusal(speaker, row) : null;
  return refusal ? { line, column: 'Council quality assured', reason: refusal } : null;
}
