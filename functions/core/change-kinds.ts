// The kinds of change a feed records, and which of them only the school's own scope may see.

export const CHANGE_KINDS = [
  'INSPECTED',
  'GRADE_MOVED',
  'CONCERN_ENTERED',
  'CONCERN_LEFT',
  'SAFEGUARDING_NOT_EFFECTIVE',
  'JOINED_TRUST',
  'LEFT_TRUST',
  'OPENED',
  'CLOSED',
  'CONVERTED',
  'AWARD_GRANTED',
  'REVIEW_RECORDED',
  'AWARD_DUE_SOON',
  'AWARD_OVERDUE',
  'AWARD_LAPSED',
  'PARTNERSHIP_STARTED',
  'PARTNERSHIP_ENDED',
  'FIGURES_PUBLISHED',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Kinds only the school's scope (its council, trust, school, admins) may see: the reminder job's states, as the
 * reminders themselves are (access-policy.ts: Query.reminders). Everything else a change event states is public
 * (the events carry no review notes, contacts or recipients).
 */
export const SCOPED_CHANGE_KINDS: ReadonlySet<ChangeKind> = new Set([
  'AWARD_DUE_SOON',
  'AWARD_OVERDUE',
  'AWARD_LAPSED',
]);

export const isChangeKind = (value: string): value is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(value);
