// Validation of the identifiers users type: URNs, LA codes, trust UIDs, agency ids.

import { badInput } from './errors.js';

/** The identifiers' formats, written once: every parser, key and scope check builds on these. */
export const IDENTIFIER_PATTERNS = { urn: '\\d{6}', laCode: '\\d{3}', trustUid: '\\d{1,7}' } as const;
/** Matches a whole URN. */
export const URN_FORMAT = new RegExp(`^${IDENTIFIER_PATTERNS.urn}$`);

const whole = (pattern: string) => new RegExp(`^${pattern}$`);
const laCode = whole(IDENTIFIER_PATTERNS.laCode);
const trustUid = whole(IDENTIFIER_PATTERNS.trustUid);
const agencyId = /^[a-z0-9][a-z0-9-]{0,62}$/;

// Plain regular expressions, not zod: queries parse identifiers too, and a read should not build schemas.
function parsed(format: RegExp, value: string, message: string, argument: string): string {
  const trimmed = value.trim();
  if (!format.test(trimmed)) throw badInput(message, { argument, value });
  return trimmed;
}

export const parseUrn = (value: string, argument = 'urn') =>
  parsed(URN_FORMAT, value, `A URN is six digits (e.g. 140412); got "${value}".`, argument);

export const parseLaCode = (value: string, argument = 'code') =>
  parsed(
    laCode,
    value,
    `A local authority code is the three-digit GIAS LA code (e.g. 340 for Knowsley); got "${value}".`,
    argument,
  );

export const parseTrustUid = (value: string, argument = 'uid') =>
  parsed(trustUid, value, `A trust UID is the GIAS group UID, digits only (e.g. 2864); got "${value}".`, argument);

export const parseAgencyId = (value: string, argument = 'id') =>
  parsed(
    agencyId,
    value,
    `A partner agency id is lower-case letters, digits and hyphens (e.g. knowsley-send); got "${value}".`,
    argument,
  );
