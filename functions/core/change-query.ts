// A feed's page as asked for: the day range, kinds, page size and cursor, checked before any read; and who may see
// a feed's scoped (non-public) changes.
import type { Caller } from './authorization.js';
import { type ScopeTarget, scopeCovers } from './authorization.js';
import { type ChangeKind, isChangeKind } from './change-kinds.js';
import { cursorCodec } from './cursor.js';
import { badInput } from './errors.js';
import { validatePageSize } from './pagination.js';
import type { IsoDate } from './records.js';

/** The feeds a change is listed in: a council's, a trust's, a school's, and England's (public changes only). */
export type ChangeFeed = { scope: 'LOCAL_AUTHORITY' | 'TRUST' | 'SCHOOL'; id: string } | { scope: 'ENGLAND' };

export interface ChangeQuery {
  since?: IsoDate;
  until?: IsoDate;
  kinds?: ChangeKind[];
  first: number;
  /** The place in the feed (happenedOn#id) the previous page ended at. */
  afterKey?: string;
  /** Whether the caller may see the feed's scoped changes (reminder states). */
  withScoped: boolean;
}

export interface ChangeArgs {
  since?: string | null;
  until?: string | null;
  kinds?: readonly string[] | null;
  first?: number | null;
  after?: string | null;
}

/** A place in a feed, as the store sorts it: the day the change happened, and its id. */
export const FEED_SORT_KEY = /^\d{4}-\d{2}-\d{2}#[0-9a-f]{20}$/;
export const changeCursors = cursorCodec('c', (key) => FEED_SORT_KEY.test(key));

export function changeQueryFromArgs(args: ChangeArgs, withScoped: boolean): ChangeQuery {
  const first = validatePageSize(args.first);
  const { since, until } = args;
  if (since && until && since > until)
    throw badInput(`since (${since}) is after until (${until}); give a since on or before until.`, {
      argument: 'since',
    });
  const unknown = args.kinds?.find((kind) => !isChangeKind(kind));
  if (unknown !== undefined) throw badInput(`"${unknown}" is not a kind of change.`, { argument: 'kinds' });
  return {
    first,
    withScoped,
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(args.kinds?.length ? { kinds: [...new Set(args.kinds)] as ChangeKind[] } : {}),
    ...(args.after ? { afterKey: changeCursors.decode(args.after) } : {}),
  };
}

/**
 * Scoped changes are shown to the feed's own scope by the access policy's one rule (scopeCovers): a signed-in
 * caller whose scope covers the council, trust or school; admins and `all` everywhere; England's feed never.
 */
export function seesScopedChanges(caller: Caller, feed: ChangeFeed, target: ScopeTarget): boolean {
  if (feed.scope === 'ENGLAND' || !caller.role) return false;
  return caller.role === 'admin' || scopeCovers(caller.scope, target);
}
