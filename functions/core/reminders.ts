// A renewal reminder: one per award, due date and stage, recorded before it is sent, and its wording.
import type { StoredActor } from './actor.js';
import { awardPolicy } from './award-policy.js';
import { addCalendarDays, dateInWords, daysBetween } from './calendar.js';
import type { Recipient } from './contacts.js';
import type { IsoDate } from './records.js';
import type { AwardLevel, AwardStatus, DueKind } from './vocabulary.js';

export const REMINDER_STATUSES = ['PENDING', 'SENT', 'NO_RECIPIENTS', 'FAILED'] as const;
/**
 * PENDING: recorded, not yet delivered on every channel. NO_RECIPIENTS: delivered on every channel but nobody was
 * addressed (no contacts), so nobody was told; counted apart. FAILED: the last attempt failed; the next run retries.
 */
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** Statuses after which a reminder is done with: never delivered again. */
export const FINISHED_REMINDER_STATUSES: readonly ReminderStatus[] = ['SENT', 'NO_RECIPIENTS'];

/** acknowledgedBy (with acknowledgedByRole and acknowledgedByScope): who saw it, shown by the @actor rule. */
export interface ReminderRecord extends Partial<StoredActor<'acknowledgedBy'>> {
  /** `${awardId}#${dueOn}#${daysBefore}` (see reminder-plan.ts). */
  id: string;
  awardId: string;
  urn: string;
  /** The school's council and trust when the reminder was made: whose lists it appears in. */
  laCode: string;
  trustUid?: string;
  level: AwardLevel;
  dueKind: DueKind;
  dueOn: IsoDate;
  /** The stage: 90, 30, 7 days before, 0 on the day, -1 overdue. */
  daysBefore: number;
  /** The award's status on the day the reminder was made. */
  awardStatus: AwardStatus;
  /** The job's day that made the reminder. */
  plannedOn: IsoDate;
  recipients: Recipient[];
  status: ReminderStatus;
  /** Delivery channel -> instant it was delivered there. */
  delivered: Record<string, string>;
  attempts: number;
  createdAt: string;
  sentAt?: string;
  lastError?: string;
  acknowledgedAt?: string;
}

const LEVEL_NAMES: Record<AwardLevel, string> = {
  INCLUSIVE_SCHOOL_AWARD: 'Inclusive School Award',
  CENTRE_OF_EXCELLENCE: 'Centre of Excellence',
  FLAGSHIP_SCHOOL: 'Flagship School',
};

const DUE_NAMES: Record<DueKind, string> = {
  ANNUAL_REVIEW: 'annual review',
  REASSESSMENT: 'reassessment',
};

export interface ReminderText {
  subject: string;
  text: string;
}

/** The words of a reminder, the same on every channel. */
export function reminderText(reminder: ReminderRecord, schoolName: string): ReminderText {
  const award = `IQM ${LEVEL_NAMES[reminder.level]}`;
  const due = DUE_NAMES[reminder.dueKind];
  const on = dateInWords(reminder.dueOn);
  const graceDays = awardPolicy.levels[reminder.level].graceDays;
  const lapsesAfter = dateInWords(addCalendarDays(reminder.dueOn, graceDays));
  const school = `${schoolName} (URN ${reminder.urn})`;
  // The real number of days from the day the reminder was made, not its stage (a late run says 27, not 30).
  const days = daysBetween(reminder.plannedOn, reminder.dueOn);
  const count = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  const when =
    days > 0
      ? `is due in ${count(days)}, on ${on}`
      : days === 0
        ? `is due today, ${on}`
        : `was due on ${on}, ${count(-days)} ago, and is overdue`;
  const subject = `${schoolName}: ${award} ${due} ${days >= 0 ? when.replace(/^is /, '') : `overdue since ${on}`}`;
  const text = [
    `The ${due} of the ${award} held by ${school} ${when}.`,
    `If it has not taken place by ${lapsesAfter} (${graceDays} days' grace), the award lapses.`,
    reminder.dueKind === 'ANNUAL_REVIEW'
      ? 'Please arrange the review visit and written progress update with your IQM assessor.'
      : 'Please arrange the reassessment visit with your IQM assessor.',
    '',
    `Reminder ${reminder.id}, sent by Beacon to the contacts of the school, its trust and its council.`,
  ].join('\n');
  return { subject, text };
}
