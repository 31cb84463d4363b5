// Changes of Beacon's own records: awards granted and reviewed, the reminder job's states, partnerships started
// and ended.

import { dateInWords } from './calendar.js';
import type { ChangeKind } from './change-kinds.js';
import { type ChangeFacts, type ChangeOrigin, type ChangeRecord, changeRecord } from './change-record.js';
import { awardLevelLabels } from './labels.js';
import type { AwardRecord, IsoDate, PartnershipRecord, SchoolRecord } from './records.js';
import { aboutSchool } from './school-changes.js';
import type { StatusFlag } from './status-flag.js';
import type { AwardStatus } from './vocabulary.js';

/** Awards new to the school (granted, or a reassessment's new award) and reviews added to held ones. */
export function awardChanges(
  school: SchoolRecord,
  before: ReadonlyMap<string, AwardRecord>,
  changed: readonly AwardRecord[],
  origin: ChangeOrigin,
): ChangeRecord[] {
  const about = aboutSchool(school);
  // The award by what it is (level and day), not its generated id: the same grant seeded again is the same change.
  const awardCode = (award: AwardRecord) => `${award.level}@${award.awardedOn}`;
  const facts: ChangeFacts[] = [];
  for (const award of changed) {
    const level = awardLevelLabels[award.level];
    const held = before.get(award.id);
    if (!held) {
      facts.push({
        ...about,
        kind: 'AWARD_GRANTED',
        happenedOn: award.awardedOn,
        summary: `Awarded ${level}`,
        to: level,
        toCode: awardCode(award),
      });
      continue;
    }
    const known = new Set(held.reviews.map((review) => review.reviewedOn));
    for (const review of award.reviews.filter((candidate) => !known.has(candidate.reviewedOn)))
      facts.push({
        ...about,
        kind: 'REVIEW_RECORDED',
        happenedOn: review.reviewedOn,
        summary: `Annual review of the ${level} recorded`,
        to: level,
        toCode: awardCode(award),
      });
  }
  return facts.map((fact) => changeRecord(fact, origin));
}

const FLAG_KINDS: Partial<Record<AwardStatus, ChangeKind>> = {
  DUE_SOON: 'AWARD_DUE_SOON',
  OVERDUE: 'AWARD_OVERDUE',
  LAPSED: 'AWARD_LAPSED',
};
const FLAG_WORDS: Partial<Record<AwardStatus, string>> = { DUE_SOON: 'due soon', OVERDUE: 'overdue', LAPSED: 'lapsed' };

/**
 * The reminder job's flag as a change: once per award, due date and state (the id leaves out the job's day, so a
 * second run, or a flag written again, is the same event).
 */
export function flagChanges(
  school: SchoolRecord,
  flag: StatusFlag,
  dueOn: IsoDate | undefined,
  today: IsoDate,
  origin: ChangeOrigin,
): ChangeRecord[] {
  const kind = FLAG_KINDS[flag.after];
  if (!kind) return [];
  const level = school.summary.award ? awardLevelLabels[school.summary.award.level] : 'award';
  const fact: ChangeFacts = {
    ...aboutSchool(school),
    kind,
    happenedOn: today,
    idOn: dueOn ?? '',
    summary: `${level} ${FLAG_WORDS[flag.after]}${dueOn ? ` (due ${dateInWords(dueOn)})` : ''}`,
    to: dueOn,
    toCode: flag.awardId,
  };
  return [changeRecord(fact, origin)];
}

/** A partnership added (started, and ended too when it is added with an end date), or one ended. */
export function partnershipChanges(
  school: SchoolRecord,
  partnership: PartnershipRecord,
  agencyName: string,
  write: 'added' | 'ended',
  origin: ChangeOrigin,
): ChangeRecord[] {
  const about = aboutSchool(school);
  const code = `${partnership.agencyId}#${partnership.since}`;
  const facts: ChangeFacts[] = [];
  if (write === 'added')
    facts.push({
      ...about,
      kind: 'PARTNERSHIP_STARTED',
      happenedOn: partnership.since,
      summary: `Partnership with ${agencyName} started`,
      to: agencyName,
      toCode: code,
    });
  if (partnership.until)
    facts.push({
      ...about,
      kind: 'PARTNERSHIP_ENDED',
      happenedOn: partnership.until,
      summary: `Partnership with ${agencyName} ended`,
      from: agencyName,
      fromCode: code,
    });
  return facts.map((fact) => changeRecord(fact, origin));
}
