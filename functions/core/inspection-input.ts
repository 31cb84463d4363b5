// What a recorded inspection must satisfy: its framework's own scale, dates in the framework's era, safeguarding given.

import { badInput } from './errors.js';
import * as lengths from './generated/input-lengths.js';
import { parseUrn } from './identifiers.js';
import type { InspectionRecord, IsoDate } from './records.js';
import { optionalText, parseInput, pastDate } from './validation.js';
import {
  LEGACY_GRADES,
  LEGACY_INSPECTION_TYPES,
  LEGACY_JUDGEMENT_AREAS,
  LEGACY_SAFEGUARDING,
  PROVENANCES,
  REPORT_CARD_AREAS,
  REPORT_CARD_FRAMEWORK_START,
  REPORT_CARD_GRADES,
  REPORT_CARD_SAFEGUARDING,
} from './vocabulary.js';
import * as z from './zod.js';

const MAIN_REPORT_CARD_AREAS = REPORT_CARD_AREAS.filter((area) => area !== 'EARLY_YEARS' && area !== 'POST_16');
/** From September 2024 legacy inspections gave no overall-effectiveness grade. */
const NO_OVERALL_GRADE_FROM = '2024-09-01';
/** From September 2015 (the common inspection framework) safeguarding is always judged. */
const SAFEGUARDING_REQUIRED_FROM = '2015-09-01';

const distinctAreas = <T extends { area: string }>(items: readonly T[]) =>
  new Set(items.map((item) => item.area)).size === items.length;

function inspectionSchema(today: IsoDate) {
  const legacy = z.object({
    type: z.enum(LEGACY_INSPECTION_TYPES),
    overallEffectiveness: z.optional(
      z.nullable(z.enum(LEGACY_GRADES, 'must be a legacy grade (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)')),
    ),
    judgements: z.optional(
      z.nullable(
        z
          .array(
            z.object({ area: z.enum(LEGACY_JUDGEMENT_AREAS), grade: z.enum(LEGACY_GRADES, 'must be a legacy grade') }),
          )
          .check(z.refine(distinctAreas, 'each judgement area may appear once')),
      ),
    ),
    safeguarding: z.optional(
      z.nullable(z.enum(LEGACY_SAFEGUARDING, 'a legacy inspection records safeguarding as EFFECTIVE or NOT_EFFECTIVE')),
    ),
  });
  const reportCard = z
    .object({
      evaluations: z
        .array(
          z.object({
            area: z.enum(REPORT_CARD_AREAS),
            grade: z.enum(REPORT_CARD_GRADES, 'must be a report-card grade (EXCEPTIONAL … URGENT_IMPROVEMENT)'),
          }),
        )
        .check(
          z.refine(distinctAreas, 'each evaluation area may appear once'),
          z.minLength(1, 'must grade at least one area'),
        ),
      safeguarding: z.enum(REPORT_CARD_SAFEGUARDING, 'a report card records safeguarding as MET or NOT_MET'),
      // A monitoring visit grades only the areas it looked at; a full inspection grades the six main areas.
      visit: z.optional(z.nullable(z.enum(['FULL', 'MONITORING']))),
    })
    .check(
      z.refine(
        (card) =>
          card.visit === 'MONITORING' ||
          MAIN_REPORT_CARD_AREAS.every((area) => card.evaluations.some((evaluation) => evaluation.area === area)),
        {
          message:
            `must grade all six main areas: ${MAIN_REPORT_CARD_AREAS.join(', ')} ` +
            '(a MONITORING visit may grade fewer)',
          path: ['evaluations'],
        },
      ),
    );
  return z
    .object({
      urn: z.string(),
      inspectedOn: pastDate(today),
      publishedOn: z.optional(z.nullable(pastDate(today))),
      leadInspector: optionalText(lengths.RecordInspectionInput.leadInspector),
      summary: optionalText(lengths.RecordInspectionInput.summary),
      source: optionalText(lengths.RecordInspectionInput.source),
      provenance: z.optional(z.nullable(z.enum(PROVENANCES))),
      legacy: z.optional(z.nullable(legacy)),
      reportCard: z.optional(z.nullable(reportCard)),
    })
    .check(
      z.refine((input) => Boolean(input.legacy) !== Boolean(input.reportCard), {
        message: 'give exactly one of legacy or reportCard',
        path: ['legacy'],
      }),
      z.refine((input) => !input.reportCard || input.inspectedOn >= REPORT_CARD_FRAMEWORK_START, {
        message: `report cards apply to inspections from ${REPORT_CARD_FRAMEWORK_START}`,
        path: ['reportCard'],
      }),
      z.refine((input) => !input.legacy || input.inspectedOn < REPORT_CARD_FRAMEWORK_START, {
        message: `inspections from ${REPORT_CARD_FRAMEWORK_START} use the report-card framework`,
        path: ['legacy'],
      }),
      z.refine((input) => !input.legacy?.overallEffectiveness || input.inspectedOn < NO_OVERALL_GRADE_FROM, {
        message: `inspections from ${NO_OVERALL_GRADE_FROM} give no overall-effectiveness grade`,
        path: ['legacy', 'overallEffectiveness'],
      }),
      z.refine((input) => !input.legacy?.overallEffectiveness || input.legacy.type === 'GRADED', {
        message: 'only a GRADED inspection gives an overall-effectiveness grade',
        path: ['legacy', 'overallEffectiveness'],
      }),
      z.refine(
        (input) =>
          !input.legacy || Boolean(input.legacy.safeguarding) || input.inspectedOn < SAFEGUARDING_REQUIRED_FROM,
        {
          message:
            `safeguarding is required for inspections from ${SAFEGUARDING_REQUIRED_FROM} (EFFECTIVE or ` +
            `NOT_EFFECTIVE)`,
          path: ['legacy', 'safeguarding'],
        },
      ),
      z.refine((input) => !input.publishedOn || input.publishedOn >= input.inspectedOn, {
        message: 'must not be before inspectedOn',
        path: ['publishedOn'],
      }),
    );
}

/** Validates the input and builds the record (the id is the store's to give). */
export function inspectionFromInput(
  input: unknown,
  today: IsoDate,
  id: (urn: string, date: IsoDate) => string,
): InspectionRecord {
  const parsed = parseInput(inspectionSchema(today), input, 'inspection');
  const urn = parseUrn(parsed.urn, 'input.urn');
  const common = {
    id: id(urn, parsed.inspectedOn),
    urn,
    inspectedOn: parsed.inspectedOn,
    publishedOn: parsed.publishedOn ?? undefined,
    leadInspector: parsed.leadInspector ?? undefined,
    summary: parsed.summary ?? undefined,
    source: parsed.source ?? undefined,
    provenance: parsed.provenance ?? 'REAL',
  };
  if (parsed.reportCard) {
    return {
      ...common,
      framework: 'REPORT_CARD',
      evaluations: parsed.reportCard.evaluations,
      safeguarding: parsed.reportCard.safeguarding,
      ...(parsed.reportCard.visit === 'MONITORING' ? { visit: 'MONITORING' as const } : {}),
    };
  }
  const legacy = parsed.legacy;
  if (!legacy) throw badInput('Give exactly one of legacy or reportCard.', { argument: 'input' });
  return {
    ...common,
    framework: 'LEGACY',
    type: legacy.type,
    overallEffectiveness: legacy.overallEffectiveness ?? undefined,
    judgements: legacy.judgements ?? [],
    safeguarding: legacy.safeguarding ?? undefined,
  };
}
