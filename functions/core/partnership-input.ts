// What a partnership change must satisfy.

import { badInput } from './errors.js';
import * as lengths from './generated/input-lengths.js';
import { parseAgencyId, parseUrn } from './identifiers.js';
import type { IsoDate, PartnershipRecord } from './records.js';
import { isoDate, optionalText, parseInput, pastDate } from './validation.js';
import { PROVENANCES } from './vocabulary.js';
import * as z from './zod.js';

export function partnershipFromInput(input: unknown, today: IsoDate): PartnershipRecord {
  const parsed = parseInput(
    z.object({
      urn: z.string(),
      agencyId: z.string(),
      since: pastDate(today),
      focus: optionalText(lengths.AddPartnershipInput.focus),
      councilQualityAssured: z.boolean(),
      source: optionalText(lengths.AddPartnershipInput.source),
      provenance: z.optional(z.nullable(z.enum(PROVENANCES))),
    }),
    input,
    'partnership',
  );
  return {
    urn: parseUrn(parsed.urn, 'input.urn'),
    agencyId: parseAgencyId(parsed.agencyId, 'input.agencyId'),
    since: parsed.since,
    focus: parsed.focus ?? undefined,
    councilQualityAssured: parsed.councilQualityAssured,
    source: parsed.source ?? undefined,
    provenance: parsed.provenance ?? 'REAL',
  };
}

export interface PartnershipTarget {
  urn: string;
  agencyId: string;
  since: IsoDate;
  until: IsoDate;
}

/** A partnership is ended once it has ended (until not in the future), so the school's active partners stay exact. */
export function endPartnershipTarget(input: unknown, today: IsoDate): PartnershipTarget {
  const parsed = parseInput(
    z.object({ urn: z.string(), agencyId: z.string(), since: isoDate(), until: pastDate(today) }),
    input,
    'partnership end',
  );
  return {
    ...parsed,
    urn: parseUrn(parsed.urn, 'input.urn'),
    agencyId: parseAgencyId(parsed.agencyId, 'input.agencyId'),
  };
}

export function endPartnership(partnership: PartnershipRecord, until: IsoDate): PartnershipRecord {
  if (partnership.until)
    throw badInput(`This partnership already ended on ${partnership.until}.`, { argument: 'until' });
  if (until < partnership.since)
    throw badInput(`until must not be before the partnership began (${partnership.since}).`, { argument: 'until' });
  return { ...partnership, until };
}
