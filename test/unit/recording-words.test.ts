// The recording forms' pure parts: GOV.UK date input readings, and the API's refusals turned into plain words
// linked to the field they are about (see web/src/pages/recording/).
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readDate } from '../../web/src/components/govuk/date-reading.js';
import { plainWords, problemsOf } from '../../web/src/pages/recording/server-problems.js';

const refusal = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

const FIELDS = { reviewedOn: { id: 'reviewedOn-day', name: 'the date of the review' } };

describe('the date input', () => {
  it('reads day, month and year as an ISO date', () => {
    expect(readDate({ day: '9', month: '12', year: '2026' }, 'the date')).toEqual({ date: '2026-12-09' });
  });

  it('words a missing or impossible date as GOV.UK does', () => {
    expect(readDate({ day: '', month: '', year: '' }, 'the date of the review')).toEqual({
      problem: 'Enter the date of the review',
    });
    expect(readDate({ day: '6', month: '', year: '' }, 'the date')).toEqual({
      problem: 'The date must include a month and year',
    });
    expect(readDate({ day: '31', month: '2', year: '2026' }, 'the date')).toEqual({
      problem: 'The date must be a real date, for example 27 3 2026',
    });
    expect(readDate({ day: '1', month: '2', year: '26' }, 'the date')).toHaveProperty('problem');
  });
});

describe('the API’s refusals in plain words', () => {
  it('names no award id, enum or ISO date', () => {
    expect(plainWords('Award A-140412-20231215-3f9a1c is LAPSED on 2026-12-06, so it cannot take a review.')).toBe(
      'This award is Lapsed on 6 December 2026, so it cannot take a review.',
    );
  });

  it('links a BAD_USER_INPUT about one argument to its field, named in words', () => {
    const error = refusal("reviewedOn must be after the award's last review or award date (2025-12-09).", {
      code: 'BAD_USER_INPUT',
      argument: 'reviewedOn',
    });
    expect(problemsOf(error, FIELDS)).toEqual({
      conflict: false,
      problems: [
        {
          field: 'reviewedOn-day',
          text: "The date of the review must be after the award's last review or award date (9 December 2025).",
        },
      ],
    });
  });

  it('links each of a validation error’s problems to its field', () => {
    const error = refusal('The annual review was not accepted.', {
      code: 'BAD_USER_INPUT',
      problems: ['reviewedOn: must not be in the future (today is 2026-12-06)'],
    });
    expect(problemsOf(error, FIELDS).problems).toEqual([
      { field: 'reviewedOn-day', text: 'The date of the review must not be in the future (today is 6 December 2026)' },
    ]);
  });

  it('says a stale version’s CONFLICT plainly, and asks for the current state', () => {
    const error = refusal('Award A-1 has changed since you read it (version 3, you had 2). Reload it and try again.', {
      code: 'CONFLICT',
    });
    const { problems, conflict } = problemsOf(error, FIELDS);
    expect(conflict).toBe(true);
    expect(problems[0]?.text).toMatch(/^Someone else changed this record/);
  });

  it('keeps FORBIDDEN and NOT_FOUND as sentences for the whole form', () => {
    const forbidden = problemsOf(refusal('Granting an award needs the assessor role.', { code: 'FORBIDDEN' }), {});
    expect(forbidden.problems).toEqual([
      { field: null, text: 'You cannot make this change. Granting an award needs the assessor role.' },
    ]);
    const missing = problemsOf(refusal('Beacon holds no award A-1.', { code: 'NOT_FOUND' }), {});
    expect(missing.problems[0]?.field).toBeNull();
  });
});
