// What each kind of change is called: on the page, in the Atom feeds and the digest, singly and counted.
import type { ChangeKind } from './change-kinds.js';

/** A change feed's kinds as the page names them (the filter's checkboxes, each change's tag). */
export const changeKindLabels: Record<ChangeKind, string> = {
  INSPECTED: 'Inspected',
  GRADE_MOVED: 'Grade moved',
  CONCERN_ENTERED: 'Entered a category of concern',
  CONCERN_LEFT: 'Left a category of concern',
  SAFEGUARDING_NOT_EFFECTIVE: 'Safeguarding not effective',
  JOINED_TRUST: 'Joined a trust',
  LEFT_TRUST: 'Left a trust',
  OPENED: 'Opened',
  CLOSED: 'Closed',
  CONVERTED: 'Converted',
  AWARD_GRANTED: 'Award granted',
  REVIEW_RECORDED: 'Review recorded',
  AWARD_DUE_SOON: 'Award due soon',
  AWARD_OVERDUE: 'Award overdue',
  AWARD_LAPSED: 'Award lapsed',
  PARTNERSHIP_STARTED: 'Partnership started',
  PARTNERSHIP_ENDED: 'Partnership ended',
  FIGURES_PUBLISHED: 'Figures published',
};

/** How a count of one kind reads in a sentence ("3 inspections, 1 grade moved"): the words for one and for more. */
export const changeKindCountLabels: Record<ChangeKind, readonly [one: string, many: string]> = {
  INSPECTED: ['inspection', 'inspections'],
  GRADE_MOVED: ['grade moved', 'grades moved'],
  CONCERN_ENTERED: ['school entered a category of concern', 'schools entered a category of concern'],
  CONCERN_LEFT: ['school left a category of concern', 'schools left a category of concern'],
  SAFEGUARDING_NOT_EFFECTIVE: ['safeguarding judged not effective', 'safeguarding judged not effective'],
  JOINED_TRUST: ['school joined a trust', 'schools joined a trust'],
  LEFT_TRUST: ['school left a trust', 'schools left a trust'],
  OPENED: ['school opened', 'schools opened'],
  CLOSED: ['school closed', 'schools closed'],
  CONVERTED: ['conversion', 'conversions'],
  AWARD_GRANTED: ['award granted', 'awards granted'],
  REVIEW_RECORDED: ['review recorded', 'reviews recorded'],
  AWARD_DUE_SOON: ['award due soon', 'awards due soon'],
  AWARD_OVERDUE: ['award overdue', 'awards overdue'],
  AWARD_LAPSED: ['award lapsed', 'awards lapsed'],
  PARTNERSHIP_STARTED: ['partnership started', 'partnerships started'],
  PARTNERSHIP_ENDED: ['partnership ended', 'partnerships ended'],
  FIGURES_PUBLISHED: ['new period of figures', 'new periods of figures'],
};
