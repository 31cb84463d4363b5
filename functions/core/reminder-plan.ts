// Which reminder an award is owed on a given day, from the policy table alone. Pure: no I/O, today injected.
import { awardPolicy } from './award-policy.js';
import { statusForDue } from './award-status.js';
import { addCalendarDays, daysBetween, isIsoDate } from './calendar.js';
import { IDENTIFIER_PATTERNS } from './identifiers.js';
import type { IsoDate } from './records.js';
import type { AwardLevel, AwardStatus, DueKind } from './vocabulary.js';

const REMINDER_ID = new RegExp(`^(A-${IDENTIFIER_PATTERNS.urn}-\\d{8}-[a-z0-9]+)#(\\d{4}-\\d{2}-\\d{2})#(-?\\d{1,3})$`);

/** An open award's pending review or reassessment, as the due index holds it. */
export interface DueAward {
  awardId: string;
  urn: string;
  level: AwardLevel;
  kind: DueKind;
  dueOn: IsoDate;
}

export interface ReminderPlan {
  /** The award's derived status on the day. */
  status: AwardStatus;
  /** Days from the day to the due date (negative once past). */
  daysToDue: number;
  /** The reminder stage reached (a `reminderDaysBefore` value), or null when none is owed. */
  daysBefore: number | null;
  /** `${awardId}#${dueOn}#${daysBefore}`: one reminder per award, due date and stage, whoever computes it. */
  reminderId: string | null;
}

/** Stages, earliest first (90 days before … overdue). */
const STAGES = [...awardPolicy.reminderDaysBefore].sort((a, b) => b - a);

/**
 * The latest stage reached: the smallest `daysBefore` with daysToDue <= daysBefore. A job run every day meets each
 * stage on its own day; after missed days it sends the current stage only, never a stale "90 days" at 10 days.
 */
export function reminderStage(dueOn: IsoDate, today: IsoDate): number | null {
  const daysToDue = daysBetween(today, dueOn);
  let stage: number | null = null;
  for (const daysBefore of STAGES) if (daysToDue <= daysBefore) stage = daysBefore;
  return stage;
}

/** The status and the reminder owed today; a lapsed award is owed none (it no longer stands). */
export function planReminder(award: DueAward, today: IsoDate): ReminderPlan {
  const status = statusForDue(award.level, award.dueOn, today);
  const stage = status === 'LAPSED' ? null : reminderStage(award.dueOn, today);
  return {
    status,
    daysToDue: daysBetween(today, award.dueOn),
    daysBefore: stage,
    reminderId: stage === null ? null : reminderId(award.awardId, award.dueOn, stage),
  };
}

export function reminderId(awardId: string, dueOn: IsoDate, daysBefore: number): string {
  return `${awardId}#${dueOn}#${daysBefore}`;
}

export interface ReminderIdParts {
  awardId: string;
  dueOn: IsoDate;
  daysBefore: number;
}

export function parseReminderId(id: string): ReminderIdParts | null {
  const match = REMINDER_ID.exec(id.trim());
  if (!match?.[1] || !match[2] || !match[3] || !isIsoDate(match[2])) return null;
  return { awardId: match[1], dueOn: match[2], daysBefore: Number(match[3]) };
}

/** Days after a due date the job still looks at: the longest grace, the lapse day, and a week of missed runs. */
export const CATCH_UP_DAYS = 7;

/**
 * Due dates the job must see on `today`: from the oldest award that can lapse today (or lapsed during a missed
 * week) to the furthest reminder or due-soon horizon. Everything outside it needs no flag and no reminder.
 */
export function dueWindow(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const maxGrace = Math.max(...Object.values(awardPolicy.levels).map((level) => level.graceDays));
  const horizon = Math.max(awardPolicy.dueSoonDays, ...awardPolicy.reminderDaysBefore);
  return { from: addCalendarDays(today, -(maxGrace + 1 + CATCH_UP_DAYS)), to: addCalendarDays(today, horizon) };
}
