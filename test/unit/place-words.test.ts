// The page's words from one label module: roles, scopes, actors, Ofsted's shorthand, plurals, shares and dates as
// people write them, the history's sentences, each page's title, and where signing in takes a person.
import { describe, expect, it } from 'vitest';
import { auditText } from '../../functions/core/audit-text.js';
import { actorLabel, countOf, roleLabels, scopeLabel, ungradedOutcomeLabel } from '../../functions/core/labels.js';
import type { AwardRecord } from '../../functions/core/records.js';
import { ROLES } from '../../functions/core/roles.js';
import { describeFlag } from '../../functions/core/status-flag.js';
import { homeOf } from '../../web/src/auth.js';
import { pageTitle } from '../../web/src/components/page-title.js';
import { formatDate, formatShare } from '../../web/src/format.js';

describe('labels', () => {
  it('names every role in words', () => {
    for (const role of ROLES) expect(roleLabels[role]).not.toMatch(/_|^[a-z]/);
    expect(roleLabels.council_officer).toBe('Council officer');
  });

  it('names scopes and actors in words', () => {
    expect(scopeLabel('la:886')).toBe('council 886');
    expect(scopeLabel('trust:2864')).toBe('trust 2864');
    expect(scopeLabel('school:140412')).toBe('school 140412');
    expect(scopeLabel('all')).toBe('all of England');
    expect(actorLabel('council officer (la:340)')).toBe('Council officer, council 340');
    expect(actorLabel('admin (all)')).toBe('Administrator, all of England');
    // A job (or anything else) is left as the API says it.
    expect(actorLabel('beacon-seed')).toBe('beacon-seed');
  });

  it('spells out Ofsted’s shorthand for ungraded outcomes', () => {
    expect(ungradedOutcomeLabel('School remains Good (Concerns) - S5 Next')).toBe(
      'School remains Good, with concerns; the next inspection will be graded',
    );
    expect(ungradedOutcomeLabel('School remains Good (Improving) - S5 Next')).toBe(
      'School remains Good, improving; the next inspection will be graded',
    );
    expect(ungradedOutcomeLabel('Standards maintained')).toBe('Standards maintained');
    expect(ungradedOutcomeLabel(null)).toBe('');
  });

  it('fits the word to the count', () => {
    expect(countOf(1, 'open school')).toBe('1 open school');
    expect(countOf(0, 'open school')).toBe('0 open schools');
    expect(countOf(1284, 'school matches', 'schools match')).toBe('1,284 schools match');
    expect(countOf(1, 'school matches', 'schools match')).toBe('1 school matches');
  });
});

describe('dates and shares', () => {
  it('writes dates as people do', () => {
    expect(formatDate('2026-12-15')).toBe('15 December 2026');
    expect(formatDate('2026-12-15T09:30:00Z')).toBe('15 December 2026');
    expect(formatDate('2025-09')).toBe('September 2025');
    expect(formatDate(null)).toBe('');
  });

  it('never shows a share that is not nothing as 0%, nor one short of all as 100%', () => {
    expect(formatShare(2 / 598)).toBe('under 1%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.35)).toBe('35%');
    expect(formatShare(597 / 598)).toBe('over 99%');
    expect(formatShare(1)).toBe('100%');
  });
});

describe('the history’s sentences', () => {
  const award = {
    id: 'A-140412-20231215-006ab2',
    level: 'CENTRE_OF_EXCELLENCE',
    awardedOn: '2023-12-15',
  } as AwardRecord;
  const older = { id: 'A-140412-20201201-aa', level: 'INCLUSIVE_SCHOOL_AWARD', awardedOn: '2020-12-01' } as AwardRecord;

  it('names awards by level and date, never by enum or id', () => {
    const granted = auditText.awardGranted({ award, superseded: [older], supersededBy: undefined });
    expect(granted).toBe(
      'Centre of Excellence granted, awarded 15 December 2023, superseding the Inclusive School Award of ' +
        '1 December 2020',
    );
    expect(auditText.annualReviewRecorded('2024-12-10', { award, superseded: [], supersededBy: undefined })).toBe(
      'Recorded the annual review of 10 December 2024',
    );
    const flag = describeFlag(
      { awardId: award.id, before: 'CURRENT', after: 'DUE_SOON' },
      { ...award, nextDueOn: '2026-12-15' },
    );
    expect(flag).toBe('The Centre of Excellence award is now due soon (was current); next due 15 December 2026');
    for (const text of [granted, flag]) expect(text).not.toMatch(/[A-Z]+_[A-Z]+|A-\d{6}|\d{4}-\d{2}-\d{2}/);
  });

  it('says what a reminder and a contact were, in words', () => {
    expect(auditText.reminderAcknowledged(`${award.id}#2026-12-15#30`)).toBe(
      'Acknowledged the reminder of the award due 15 December 2026',
    );
    expect(auditText.contactChanged(true, 'SENCO')).toBe('Added a contact (SENCO)');
    expect(auditText.contactChanged(false, 'COUNCIL_SEND_OFFICER')).toBe('Removed a contact (Council SEND officer)');
  });
});

describe('titles and homes', () => {
  it('names the view first and Beacon last', () => {
    expect(pageTitle('Kent', 'schools')).toBe('Kent — schools — Beacon');
    expect(pageTitle('Kent')).toBe('Kent — Beacon');
    expect(pageTitle('Search', null)).toBe('Search — Beacon');
  });

  it('sends a signed-in viewer home to their own council, trust or school', () => {
    const viewer = (scope: string) => ({ token: 't', role: 'council_officer', scope, email: '', expiresAt: 0 });
    expect(homeOf(viewer('la:886'))).toBe('/councils/886');
    expect(homeOf(viewer('trust:2864'))).toBe('/trusts/2864');
    expect(homeOf(viewer('school:140412'))).toBe('/schools/140412');
    expect(homeOf(viewer('all'))).toBe('/');
    expect(homeOf(null)).toBe('/');
  });
});
