// Fields that read a whole list whatever page is asked for: every school of a council or a trust (a CSV, a list
// sorted or filtered other than by name, a trust's comparison) or England's name directory (a search, England's list
// by name). One request may hold only a few (query-limits.ts); the local server's anonymous limit weighs a request by
// them (local/client-limits.ts). Reference lists (councils, trusts, agencies) are not counted.
import { narrowsList, type SchoolFilterInput } from '../core/school-filter.js';

type Arguments = Record<string, unknown>;

const filterOf = (args: Arguments): SchoolFilterInput =>
  args.filter !== null && typeof args.filter === 'object' ? (args.filter as SchoolFilterInput) : {};

/**
 * A school list reads its scope's listings (or England's directory) unless it is in name order with nothing to
 * narrow it: see school-lists.ts. `within` is the scope the list hangs under, whose own filter id is overridden.
 */
const schoolList =
  (within: 'localAuthority' | 'trust' | null) =>
  (args: Arguments): boolean => {
    const filter = filterOf(args);
    const scopes = (['localAuthority', 'trust'] as const).filter((id) => id === within || Boolean(filter[id]));
    const numbered = typeof args.offset === 'number' && args.offset > 0;
    return (args.sort ?? 'NAME') !== 'NAME' || narrowsList(filter) || scopes.length > 1 || numbered;
  };

const always = () => true;

/** `Type.field` → whether these arguments make it read a whole list. */
export const wholeListFields: Readonly<Record<string, (args: Arguments) => boolean>> = {
  'Query.search': always,
  'LocalAuthority.schoolsCsv': always,
  'Query.schoolsCsv': always,
  // The listings a filtered list reads too (one read, shared); alone, one read of a few items.
  'LocalAuthority.schoolChoices': always,
  'Trust.schoolChoices': always,
  'Trust.comparison': always,
  'Query.schools': schoolList(null),
  'LocalAuthority.schools': schoolList('localAuthority'),
  'Trust.schools': schoolList('trust'),
};

/** What one whole-list read is, in words, for the messages that refuse too many. */
export const WHOLE_LIST_EXAMPLES =
  "a search, a CSV export, England's list by name, a trust's comparison, a list's filter choices, or a school list " +
  'sorted, filtered other than by name or paged by number';
