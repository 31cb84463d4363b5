import { describe, expect, it } from 'vitest';
import { awardPolicy } from '../../functions/core/award-policy.js';
import { addCalendarDays } from '../../functions/core/calendar.js';
import { recipientsOf } from '../../functions/core/contacts.js';
import {
  type DueAward,
  dueWindow,
  parseReminderId,
  planReminder,
  reminderId,
  reminderStage,
} from '../../functions/core/reminder-plan.js';
import { type ReminderRecord, reminderText } from '../../functions/core/reminders.js';
import { statusFlagChange } from '../../functions/core/status-flag.js';

const centre: DueAward = {
  awardId: 'A-140412-20231215-3f9a1c',
  urn: '140412',
  level: 'CENTRE_OF_EXCELLENCE',
  kind: 'ANNUAL_REVIEW',
  dueOn: '2026-12-15',
};

const on = (daysBeforeDue: number) => addCalendarDays(centre.dueOn, -daysBeforeDue);

describe('the reminder owed on a given day', () => {
  it.each([
    [91, null, 'CURRENT'],
    [90, 90, 'DUE_SOON'],
    [31, 90, 'DUE_SOON'],
    [30, 30, 'DUE_SOON'],
    [8, 30, 'DUE_SOON'],
    [7, 7, 'DUE_SOON'],
    [1, 7, 'DUE_SOON'],
    [0, 0, 'DUE'],
    [-1, -1, 'OVERDUE'],
    [-60, -1, 'OVERDUE'],
    [-61, null, 'LAPSED'],
  ] as const)('%i days before a Centre of Excellence review: stage %s, %s', (daysBefore, stage, status) => {
    const plan = planReminder(centre, on(daysBefore));
    expect(plan.status).toBe(status);
    expect(plan.daysBefore).toBe(stage);
    expect(plan.reminderId).toBe(stage === null ? null : `${centre.awardId}#${centre.dueOn}#${stage}`);
  });

  it('flags a Centre of Excellence review 30 days before its anniversary', () => {
    expect(planReminder(centre, '2026-11-15')).toMatchObject({ status: 'DUE_SOON', daysBefore: 30, daysToDue: 30 });
  });

  it('keeps reminding an Inclusive School Award overdue through its 90 days of grace, then stops', () => {
    const award: DueAward = { ...centre, level: 'INCLUSIVE_SCHOOL_AWARD', kind: 'REASSESSMENT' };
    expect(planReminder(award, addCalendarDays(award.dueOn, 90))).toMatchObject({ status: 'OVERDUE', daysBefore: -1 });
    expect(planReminder(award, addCalendarDays(award.dueOn, 91))).toMatchObject({ status: 'LAPSED', daysBefore: null });
  });

  it('sends only the current stage after missed days, never a stale 90-day reminder', () => {
    expect(reminderStage(centre.dueOn, on(10))).toBe(30);
    expect(reminderStage(centre.dueOn, on(3))).toBe(7);
  });

  it('meets every stage of the policy exactly once when run every day', () => {
    const seen: number[] = [];
    let previous: number | null = null;
    for (let day = -200; day <= 200; day += 1) {
      const stage = reminderStage(centre.dueOn, addCalendarDays(centre.dueOn, day));
      if (stage !== null && stage !== previous) seen.push(stage);
      previous = stage;
    }
    expect(seen).toEqual([...awardPolicy.reminderDaysBefore].sort((a, b) => b - a));
  });

  it('crosses a leap day and a year end by calendar days', () => {
    const leap: DueAward = { ...centre, dueOn: '2028-03-01' };
    expect(planReminder(leap, '2028-01-31').daysBefore).toBe(30);
    expect(planReminder({ ...centre, dueOn: '2027-01-06' }, '2026-12-30').daysBefore).toBe(7);
  });
});

describe('reminder ids', () => {
  it('round-trips every stage, including overdue', () => {
    for (const stage of awardPolicy.reminderDaysBefore) {
      const id = reminderId(centre.awardId, centre.dueOn, stage);
      expect(parseReminderId(id)).toEqual({ awardId: centre.awardId, dueOn: centre.dueOn, daysBefore: stage });
    }
  });

  it.each([
    '',
    'A-140412-20231215-3f9a1c',
    'A-140412-20231215-3f9a1c#2026-02-30#7',
    'X#2026-12-15#7',
    'A-140412-20231215-3f9a1c#2026-12-15#seven',
  ])('rejects %j', (id) => expect(parseReminderId(id)).toBeNull());
});

describe('the due window the job reads', () => {
  it('reaches back past the longest grace (and a week of missed runs) and forward to the 90-day horizon', () => {
    expect(dueWindow('2026-11-23')).toEqual({ from: '2026-08-17', to: '2027-02-21' });
  });
});

describe('recipients', () => {
  const contact = (email: string, role: 'SENCO' | 'HEADTEACHER' | 'COUNCIL_SEND_OFFICER') => ({
    email,
    role,
    addedAt: '2026-01-01T00:00:00Z',
    addedBy: 'test',
  });

  it('puts the school first, then the trust, then the council, each email once', () => {
    const recipients = recipientsOf([
      {
        scope: 'LOCAL_AUTHORITY',
        contacts: [
          contact('send@knowsley.gov.uk', 'COUNCIL_SEND_OFFICER'),
          contact('head@lordderby.example', 'HEADTEACHER'),
        ],
      },
      { scope: 'SCHOOL', contacts: [contact('head@lordderby.example', 'HEADTEACHER')] },
      { scope: 'TRUST', contacts: [contact('inclusion@deantrust.example', 'SENCO')] },
    ]);
    expect(recipients).toEqual([
      { email: 'head@lordderby.example', role: 'HEADTEACHER', scope: 'SCHOOL' },
      { email: 'inclusion@deantrust.example', role: 'SENCO', scope: 'TRUST' },
      { email: 'send@knowsley.gov.uk', role: 'COUNCIL_SEND_OFFICER', scope: 'LOCAL_AUTHORITY' },
    ]);
  });
});

describe('reminder wording', () => {
  const reminder = (daysBefore: number): ReminderRecord => ({
    id: reminderId(centre.awardId, centre.dueOn, daysBefore),
    awardId: centre.awardId,
    urn: centre.urn,
    laCode: '340',
    level: 'CENTRE_OF_EXCELLENCE',
    dueKind: 'ANNUAL_REVIEW',
    dueOn: centre.dueOn,
    daysBefore,
    awardStatus: 'DUE_SOON',
    plannedOn: on(daysBefore),
    recipients: [],
    status: 'PENDING',
    delivered: {},
    attempts: 1,
    createdAt: '2026-11-15T06:00:00.000Z',
  });

  it('names the school, the award, the due date and when it lapses', () => {
    const { subject, text } = reminderText(reminder(30), 'Lord Derby Academy');
    expect(subject).toBe(
      'Lord Derby Academy: IQM Centre of Excellence annual review due in 30 days, on 15 December 2026',
    );
    expect(text).toContain('Lord Derby Academy (URN 140412)');
    expect(text).toContain("If it has not taken place by 13 February 2027 (60 days' grace), the award lapses.");
  });

  it('says due today on the day, and overdue after it', () => {
    expect(reminderText(reminder(0), 'Lord Derby Academy').subject).toContain(
      'annual review due today, 15 December 2026',
    );
    expect(reminderText(reminder(-1), 'Lord Derby Academy').subject).toBe(
      'Lord Derby Academy: IQM Centre of Excellence annual review overdue since 15 December 2026',
    );
    expect(reminderText(reminder(-1), 'Lord Derby Academy').text).toContain('was due on 15 December 2026, 1 day ago');
  });

  it('counts the real days to the due date, not the stage, when the job made it late', () => {
    const late = { ...reminder(30), plannedOn: '2026-11-18' };
    expect(reminderText(late, 'Lord Derby Academy').subject).toBe(
      'Lord Derby Academy: IQM Centre of Excellence annual review due in 27 days, on 15 December 2026',
    );
  });
});

describe('the status flag on a school summary', () => {
  const summary = (status?: 'DUE_SOON') => ({
    award: {
      awardId: centre.awardId,
      level: centre.level,
      awardedOn: '2023-12-15',
      nextDueOn: centre.dueOn,
      nextDueKind: centre.kind,
      status,
    },
  });

  it('changes only when the derived status differs from the flag', () => {
    expect(statusFlagChange(summary(), on(91))).toBeNull();
    expect(statusFlagChange(summary(), on(90))).toEqual({
      awardId: centre.awardId,
      before: 'CURRENT',
      after: 'DUE_SOON',
    });
    expect(statusFlagChange(summary('DUE_SOON'), on(30))).toBeNull();
    expect(statusFlagChange(summary('DUE_SOON'), on(0))).toMatchObject({ before: 'DUE_SOON', after: 'DUE' });
  });
});
