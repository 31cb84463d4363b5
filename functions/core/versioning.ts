// Optimistic locking as the user sees it: a change made against a version that is no longer current is refused.
import { conflict } from './errors.js';

/** `expected` is the version the caller read (omitted: apply to the latest). */
export function checkExpectedVersion(what: string, current: number, expected: number | null | undefined): void {
  if (expected === null || expected === undefined || expected === current) return;
  throw conflict(
    `${what} has changed since you read it (version ${current}, you had ${expected}). Reload it and try again.`,
  );
}
