// Validation of the reminder list's filter and of reminder ids given by users.

import { isIsoDate } from './calendar.js';
import { type OwnerInput, ownerFromInput } from './contact-input.js';
import type { ContactOwner } from './contacts.js';
import { badInput } from './errors.js';
import type { IsoDate } from './records.js';
import { parseReminderId, type ReminderIdParts } from './reminder-plan.js';
import type { ReminderStatus } from './reminders.js';

export interface ReminderFilterInput extends OwnerInput {
  status?: ReminderStatus | null;
  acknowledged?: boolean | null;
  since?: IsoDate | null;
}

export interface ReminderQuery {
  /** Whose reminders: a school's, its trust's schools', or its council's schools'. */
  scope: ContactOwner;
  status?: ReminderStatus;
  acknowledged?: boolean;
  /** Made on or after this day. */
  since?: IsoDate;
}

export function reminderQueryFromInput(filter: ReminderFilterInput): ReminderQuery {
  const scope = ownerFromInput(filter, 'filter');
  if (filter.since && !isIsoDate(filter.since)) {
    throw badInput(`filter.since must be a real date written YYYY-MM-DD; got "${filter.since}".`, {
      argument: 'filter.since',
    });
  }
  return {
    scope,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.acknowledged !== null && filter.acknowledged !== undefined ? { acknowledged: filter.acknowledged } : {}),
    ...(filter.since ? { since: filter.since } : {}),
  };
}

export function parseReminderIdInput(id: string): ReminderIdParts & { id: string } {
  const parts = parseReminderId(id);
  if (!parts) {
    throw badInput(`"${id}" is not a reminder id; reminder ids look like A-140412-20231215-3f9a1c#2026-12-15#30.`, {
      argument: 'id',
    });
  }
  return { id: id.trim(), ...parts };
}
