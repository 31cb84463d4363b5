// Validation of the identifiers users type: URNs, LA codes, trust UIDs, agency ids.

import { badInput } from './errors.js';
import * as z from './zod.js';

/** The identifiers' formats, written once: every parser, key and scope check builds on these. */
export const IDENTIFIER_PATTERNS = { urn: '\\d{6}', laCode: '\\d{3}', trustUid: '\\d{1,7}' } as const;
/** Matches a whole URN. */
export const URN_FORMAT = new RegExp(`^${IDENTIFIER_PATTERNS.urn}$`);

const urn = z.string().check(z.regex(URN_FORMAT));
const whole = (pattern: string) => new RegExp(`^${pattern}$`);
const laCode = z.string().check(z.regex(whole(IDENTIFIER_PATTERNS.laCode)));
const trustUid = z.string().check(z.regex(whole(IDENTIFIER_PATTERNS.trustUid)));
const agencyId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));

function parsed(schema: z.ZodMiniString, value: string, message: string, argument: string): string {
  const trimmed = value.trim();
  if (!schema.safeParse(trimmed).success) throw badInput(message, { argument, value });
  return trimmed;
}

export const parseUrn = (value: string, argument = 'urn') =>
  parsed(urn, value, `A URN is six digits (e.g. 140412); got "${value}".`, argument);

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
