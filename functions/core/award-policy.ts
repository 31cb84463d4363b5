// The IQM scheme's periods as one table of data: a scheme change is one edit here.
import type { AwardLevel } from './vocabulary.js';

export interface AwardLevelPolicy {
  /** Years an award stands before it must be reassessed (null: kept by annual reviews). */
  validityYears: number | null;
  /** Years between annual reviews (null: no annual review). */
  reviewIntervalYears: number | null;
  /** Days after the due date before the award lapses. */
  graceDays: number;
  /** The level a school must hold first, and for how long. */
  prerequisite: { level: AwardLevel; minimumYears: number } | null;
}

export const awardPolicy = {
  levels: {
    INCLUSIVE_SCHOOL_AWARD: { validityYears: 3, reviewIntervalYears: null, graceDays: 90, prerequisite: null },
    CENTRE_OF_EXCELLENCE: { validityYears: null, reviewIntervalYears: 1, graceDays: 60, prerequisite: null },
    FLAGSHIP_SCHOOL: {
      validityYears: null,
      reviewIntervalYears: 1,
      graceDays: 60,
      prerequisite: { level: 'CENTRE_OF_EXCELLENCE', minimumYears: 3 },
    },
  } satisfies Record<AwardLevel, AwardLevelPolicy>,
  /** An annual review counts for the anniversary it falls due on; it can be recorded from this many days before it. */
  reviewWindowDays: 183,
  /** An award is DUE_SOON from this many days before its due date. */
  dueSoonDays: 90,
  /** Reminders go out this many days before the due date (0: on the day; negative: overdue). */
  reminderDaysBefore: [90, 30, 7, 0, -1],
} as const;
