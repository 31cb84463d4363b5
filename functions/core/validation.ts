// zod at the boundary: turns a failed parse into one BAD_USER_INPUT error that names every problem.

import { isIsoDate } from './calendar.js';
import { badInput } from './errors.js';
import type { IsoDate } from './records.js';
import * as z from './zod.js';

export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : what;
    return `${field}: ${issue.message}`;
  });
  throw badInput(`The ${what} was not accepted. ${problems.join('; ')}.`, { problems });
}

export const text = (max: number) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

export const optionalText = (max: number) => z.optional(z.nullable(text(max)));

/**
 * A schema built on its first use and kept for the process: a cold start (and a read) never builds the mutations'
 * schemas, and a mutation builds each one once.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

export const isoDate = onFirstUse(() =>
  z.string().check(z.refine(isIsoDate, 'must be a real date written YYYY-MM-DD')),
);

/** A date on or before today: records describe what has happened. */
export const pastDate = (today: IsoDate) =>
  isoDate().check(z.refine((date) => date <= today, `must not be in the future (today is ${today})`));
