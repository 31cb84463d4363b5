// What an award change must satisfy: the level's prerequisites, one review per cycle, versions, sane dates (an
// assessment's own fields: award-assessment.ts).

import { auditText } from './audit-text.js';
import { assessed, assessedAward, assessmentFields } from './award-assessment.js';
import { awardPolicy } from './award-policy.js';
import { awardStands, awardStatus, nextDue } from './award-status.js';
import { type PlacedAward, placeAward } from './award-supersession.js';
import { addCalendarDays, addCalendarYears } from './calendar.js';
import { badInput, conflict } from './errors.js';
import * as lengths from './generated/input-lengths.js';
import { parseUrn } from './identifiers.js';
import type { AnnualReviewRecord, AwardRecord, IsoDate } from './records.js';
import { parseInput, pastDate, text } from './validation.js';
import { checkExpectedVersion } from './versioning.js';
import { AWARD_LEVELS, PROVENANCES } from './vocabulary.js';
import * as z from './zod.js';

/** A new award, placed among the school's awards by the supersession rule (award-supersession.ts). */
export type NewAward = PlacedAward;

/** A Flagship School needs a Centre of Excellence held for the policy's minimum years, standing when granted. */
function checkPrerequisite(level: AwardRecord['level'], awardedOn: IsoDate, existing: readonly AwardRecord[]): void {
  const prerequisite = awardPolicy.levels[level].prerequisite;
  if (!prerequisite) return;
  const qualifying = existing.find(
    (award) =>
      award.level === prerequisite.level &&
      awardStands(awardStatus(award, awardedOn)) &&
      addCalendarYears(award.awardedOn, prerequisite.minimumYears) <= awardedOn,
  );
  if (!qualifying) {
    throw badInput(
      `A ${level} award needs a standing ${prerequisite.level} award held for at least ${prerequisite.minimumYears} ` +
        `years; this school has none on ${awardedOn}.`,
      { argument: 'level' },
    );
  }
}

/**
 * A change to awards, parsed and validated from the mutation's input before anything is read; `apply` then
 * checks it against what is stored (the school's awards, or the award it changes) and gives the result.
 */
export interface AwardChange<Target, Result> {
  apply(target: Target): Result;
}

/** A change to one award that may close others, or itself, by the supersession rule: it sees the school's awards. */
export interface PlacingChange {
  apply(award: AwardRecord, held: readonly AwardRecord[]): NewAward;
}

export function grantFromInput(
  input: unknown,
  today: IsoDate,
  id: (urn: string, date: IsoDate) => string,
): AwardChange<readonly AwardRecord[], NewAward> & { urn: string } {
  const parsed = parseInput(
    z.object({
      urn: z.string(),
      level: z.enum(AWARD_LEVELS),
      ...assessmentFields(today, {
        assessor: lengths.GrantAwardInput.assessor,
        source: lengths.GrantAwardInput.source,
      }),
    }),
    input,
    'award',
  );
  const urn = parseUrn(parsed.urn, 'input.urn');
  const awardedOn = assessed(parsed);
  return {
    urn,
    apply(existing) {
      checkPrerequisite(parsed.level, awardedOn, existing);
      return placeAward(assessedAward(urn, parsed.level, parsed, awardedOn, id), existing);
    },
  };
}

/** What the store writes for a grant: the new award and the awards it supersedes, with the history summary. */
export const grantDecision =
  (grant: AwardChange<readonly AwardRecord[], NewAward>) => (awards: readonly AwardRecord[]) => {
    const placed = grant.apply(awards);
    return {
      result: placed.award,
      changed: [placed.award, ...placed.superseded],
      summary: auditText.awardGranted(placed),
    };
  };

const checkVersion = (award: AwardRecord, expectedVersion: number | null | undefined) =>
  checkExpectedVersion(`Award ${award.id}`, award.version, expectedVersion);

function checkStanding(award: AwardRecord, on: IsoDate, action: string): void {
  const status = awardStatus(award, on);
  if (!awardStands(status))
    throw badInput(`Award ${award.id} is ${status} on ${on}, so it cannot take ${action}.`, { status });
}

/** One review per cycle: a review counts for the due anniversary, and only from its window's opening. */
function checkReviewCycle(award: AwardRecord, reviewedOn: IsoDate): void {
  const dueOn = nextDue(award)?.dueOn;
  if (!dueOn) return;
  const opensOn = addCalendarDays(dueOn, -awardPolicy.reviewWindowDays);
  if (reviewedOn >= opensOn) return;
  const last = award.reviews[0];
  if (last) {
    throw conflict(
      `Award ${award.id} already has its annual review for this cycle (${last.reviewedOn}); the next falls due on ` +
        `${dueOn} and can be recorded from ${opensOn}.`,
    );
  }
  throw badInput(
    `The first annual review of award ${award.id} falls due on ${dueOn}; it can be recorded from ${opensOn}.`,
    { argument: 'reviewedOn' },
  );
}

/** A review can keep an award standing on the day a held award outranks it, so the review places it again. */
export function reviewFromInput(input: unknown, today: IsoDate): PlacingChange {
  const parsed = parseInput(
    z.object({
      awardId: z.string(),
      reviewedOn: pastDate(today),
      assessor: text(lengths.RecordAnnualReviewInput.assessor),
      summary: text(lengths.RecordAnnualReviewInput.summary),
      provenance: z.optional(z.nullable(z.enum(PROVENANCES))),
      expectedVersion: z.optional(z.nullable(z.number())),
    }),
    input,
    'annual review',
  );
  return { apply: (award, held) => placeAward(reviewed(award, parsed), held) };
}

function reviewed(
  award: AwardRecord,
  parsed: {
    reviewedOn: IsoDate;
    assessor: string;
    summary: string;
    provenance?: AwardRecord['provenance'] | null;
    expectedVersion?: number | null;
  },
): AwardRecord {
  checkVersion(award, parsed.expectedVersion);
  if (awardPolicy.levels[award.level].reviewIntervalYears === null) {
    throw badInput(`A ${award.level} has no annual review; record a reassessment instead.`, { argument: 'awardId' });
  }
  checkStanding(award, parsed.reviewedOn, 'an annual review');
  const latest = award.reviews[0]?.reviewedOn ?? award.awardedOn;
  if (parsed.reviewedOn <= latest) {
    throw badInput(`reviewedOn must be after the award's last review or award date (${latest}).`, {
      argument: 'reviewedOn',
    });
  }
  checkReviewCycle(award, parsed.reviewedOn);
  const review: AnnualReviewRecord = {
    reviewedOn: parsed.reviewedOn,
    assessor: parsed.assessor,
    summary: parsed.summary,
    provenance: parsed.provenance ?? 'REAL',
  };
  return { ...award, reviews: [review, ...award.reviews], version: award.version + 1 };
}

export function reassessmentFromInput(
  input: unknown,
  today: IsoDate,
  id: (urn: string, date: IsoDate) => string,
): PlacingChange {
  const parsed = parseInput(
    z.object({
      awardId: z.string(),
      expectedVersion: z.optional(z.nullable(z.number())),
      ...assessmentFields(today, {
        assessor: lengths.RecordReassessmentInput.assessor,
        source: lengths.RecordReassessmentInput.source,
      }),
    }),
    input,
    'reassessment',
  );
  const awardedOn = assessed(parsed);
  return {
    apply(award, held) {
      checkVersion(award, parsed.expectedVersion);
      if (award.withdrawnOn || award.supersededOn) {
        throw badInput(`Award ${award.id} is already closed; grant a new award instead.`, { argument: 'awardId' });
      }
      if (awardedOn <= award.awardedOn)
        throw badInput(`The reassessment must come after the award it renews (${award.awardedOn}).`, {
          argument: 'awardedOn',
        });
      // The renewed award closes on the renewal's date even if it lapsed; the rest follows the one rule.
      const renewed = { ...award, supersededOn: awardedOn, version: award.version + 1 };
      const placed = placeAward(
        assessedAward(award.urn, award.level, parsed, awardedOn, id),
        held.filter((other) => other.id !== award.id),
      );
      return { ...placed, superseded: [renewed, ...placed.superseded] };
    },
  };
}

export function withdrawalFromInput(input: unknown, today: IsoDate): AwardChange<AwardRecord, AwardRecord> {
  const parsed = parseInput(
    z.object({
      awardId: z.string(),
      withdrawnOn: pastDate(today),
      reason: text(lengths.WithdrawAwardInput.reason),
      expectedVersion: z.optional(z.nullable(z.number())),
    }),
    input,
    'withdrawal',
  );
  return {
    apply(award) {
      checkVersion(award, parsed.expectedVersion);
      if (award.withdrawnOn || award.supersededOn)
        throw badInput(`Award ${award.id} is already closed.`, { argument: 'awardId' });
      if (parsed.withdrawnOn < award.awardedOn)
        throw badInput(`withdrawnOn must not be before the award date (${award.awardedOn}).`, {
          argument: 'withdrawnOn',
        });
      return { ...award, withdrawnOn: parsed.withdrawnOn, withdrawalReason: parsed.reason, version: award.version + 1 };
    },
  };
}
