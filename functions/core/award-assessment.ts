// What an IQM assessment must give (the eight elements, a one-to-three-day visit, sane dates) and the new award it
// makes: shared by a grant and a reassessment.

import { badInput } from './errors.js';
import * as lengths from './generated/input-lengths.js';
import type { AwardRecord, IsoDate } from './records.js';
import { onFirstUse, optionalText, pastDate, text } from './validation.js';
import { IQM_ELEMENTS, type IqmElement, PROVENANCES } from './vocabulary.js';
import * as z from './zod.js';

const ELEMENT_NAMES = Object.keys(IQM_ELEMENTS) as [IqmElement, ...IqmElement[]];

const elementsSchema = onFirstUse(() =>
  z
    .array(
      z.object({
        element: z.enum(ELEMENT_NAMES),
        finding: optionalText(lengths.ElementFindingInput.finding),
        standOut: z.optional(z.nullable(z.boolean())),
      }),
    )
    .check(
      z.refine(
        (elements) =>
          elements.length === ELEMENT_NAMES.length &&
          new Set(elements.map((item) => item.element)).size === ELEMENT_NAMES.length,
        `must give each of the eight IQM elements exactly once (${ELEMENT_NAMES.join(', ')})`,
      ),
    ),
);

/** An assessment's fields, with the limits of the input that carries them (a grant's or a reassessment's). */
export const assessmentFields = (today: IsoDate, limits: { assessor: number; source: number }) => ({
  assessedOn: pastDate(today),
  awardedOn: z.optional(z.nullable(pastDate(today))),
  assessor: text(limits.assessor),
  visitDays: z
    .number()
    .check(
      z.int('must be a whole number'),
      z.gte(1, 'an assessment visit lasts one to three days'),
      z.lte(3, 'an assessment visit lasts one to three days'),
    ),
  elements: elementsSchema(),
  source: optionalText(limits.source),
  provenance: z.optional(z.nullable(z.enum(PROVENANCES))),
});

export type Assessment = z.infer<z.ZodMiniObject<ReturnType<typeof assessmentFields>>>;

/** A new award from an assessment: no reviews yet, version 1. */
export function assessedAward(
  urn: string,
  level: AwardRecord['level'],
  parsed: Assessment,
  awardedOn: IsoDate,
  id: (urn: string, date: IsoDate) => string,
): AwardRecord {
  return {
    id: id(urn, awardedOn),
    urn,
    level,
    assessedOn: parsed.assessedOn,
    awardedOn,
    assessor: parsed.assessor,
    visitDays: parsed.visitDays,
    elements: parsed.elements.map((item) => ({
      element: item.element,
      finding: item.finding ?? undefined,
      standOut: item.standOut ?? false,
    })),
    reviews: [],
    provenance: parsed.provenance ?? 'REAL',
    source: parsed.source ?? undefined,
    version: 1,
  };
}

export function assessed(parsed: { assessedOn: string; awardedOn?: string | null }) {
  const awardedOn = parsed.awardedOn ?? parsed.assessedOn;
  if (awardedOn < parsed.assessedOn)
    throw badInput('awardedOn must not be before assessedOn.', { argument: 'awardedOn' });
  return awardedOn;
}
