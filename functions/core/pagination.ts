// Relay connections over an in-memory ordered list: cursors are the items' sort keys, so pages stay stable.
import { cursorCodec, foreignCursor } from './cursor.js';
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  /** Skip this many items (a numbered page); not with `after`. */
  offset?: number | null;
  /** Refuse an `after` that names no item of the list (made up, or from another search's results). */
  listedOnly?: boolean;
}

const cursors = cursorCodec('k');

export const encodeCursor = cursors.encode;

export function validatePageSize(first: number | null | undefined, defaultSize = 20): number {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${size}.`, {
      argument: 'first',
      maximum: MAX_PAGE_SIZE,
    });
  }
  return size;
}

/** The offset a numbered page asks for: a whole number from 0, and never beside `after`. */
export function validateOffset(offset: number | null | undefined, after: string | null | undefined): number {
  const skip = offset ?? 0;
  if (!Number.isInteger(skip) || skip < 0) {
    throw badInput(`offset must be a whole number from 0; got ${skip}.`, { argument: 'offset' });
  }
  if (skip > 0 && after) throw badInput('Give after or offset, not both.', { argument: 'offset' });
  return skip;
}

/** Pages `items`, which must already be sorted ascending by `sortKeyOf` (plain string order). */
export function paginate<T>(items: readonly T[], sortKeyOf: (item: T) => string, args: PageArgs): Connection<T> {
  const size = validatePageSize(args.first);
  const skip = validateOffset(args.offset, args.after);
  const afterKey = args.after ? cursors.decode(args.after) : null;
  const start = afterKey === null ? skip : firstIndexAfter(items, sortKeyOf, afterKey);
  if (afterKey !== null && args.listedOnly && (start === 0 || sortKeyOf(items[start - 1] as T) !== afterKey)) {
    throw foreignCursor();
  }
  const page = items.slice(start, start + size);
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKeyOf(node)), node }));
  return {
    totalCount: items.length,
    edges,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The page with each node swapped for the record read for it by id; a node whose record is gone is left out. */
export function withRecords<T, R>(
  connection: Connection<T>,
  idOfNode: (node: T) => string,
  records: readonly R[],
  idOfRecord: (record: R) => string,
): Connection<R> {
  const byId = new Map(records.map((record) => [idOfRecord(record), record]));
  return {
    ...connection,
    edges: connection.edges.flatMap((edge) => {
      const node = byId.get(idOfNode(edge.node));
      return node ? [{ cursor: edge.cursor, node }] : [];
    }),
  };
}

function firstIndexAfter<T>(items: readonly T[], sortKeyOf: (item: T) => string, key: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = items[middle] as T;
    if (sortKeyOf(item) <= key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A keyset page's pageInfo (lists read from an index, where only "is there more" is known). */
export function keysetPageInfo(
  edges: readonly { cursor: string }[],
  hasNextPage: boolean,
  after: string | null | undefined,
): Connection<unknown>['pageInfo'] {
  return {
    hasNextPage,
    hasPreviousPage: Boolean(after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
