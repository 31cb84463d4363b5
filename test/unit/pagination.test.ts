import { describe, expect, it } from 'vitest';
import { DomainError } from '../../functions/core/errors.js';
import { type Connection, MAX_PAGE_SIZE, paginate } from '../../functions/core/pagination.js';

const letters = 'abcdefghij'.split('');
const key = (letter: string) => letter;

describe('paginate', () => {
  it('walks every item exactly once with endCursor', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Connection<string> = paginate(letters, key, { first: 3, after });
      expect(page.totalCount).toBe(10);
      seen.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(letters);
  });

  it('refuses, when asked, a well-formed cursor naming no item of the list (made up or from another list)', () => {
    const issued = paginate(letters, key, { first: 3 }).pageInfo.endCursor;
    expect(paginate(letters, key, { first: 3, after: issued, listedOnly: true }).edges[0]?.node).toBe('d');
    const madeUp = paginate(['bb'], key, { first: 1 }).pageInfo.endCursor;
    expect(() => paginate(letters, key, { first: 3, after: madeUp, listedOnly: true })).toThrow(/cursor is not one/);
    expect(paginate(letters, key, { first: 3, after: madeUp }).edges[0]?.node).toBe('c');
  });

  it('never returns an empty page with hasNextPage', () => {
    const page = paginate(letters, key, { first: 10 });
    expect(page.edges).toHaveLength(10);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('continues after a cursor whose item has since gone', () => {
    const first = paginate(letters, key, { first: 2 });
    const without = letters.filter((letter) => letter !== 'b');
    const next = paginate(without, key, { first: 2, after: first.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node)).toEqual(['c', 'd']);
  });

  it('rejects a page size over the maximum and a forged cursor with BAD_USER_INPUT', () => {
    expect(() => paginate(letters, key, { first: MAX_PAGE_SIZE + 1 })).toThrow(DomainError);
    expect(() => paginate(letters, key, { first: -1 })).toThrow(/whole number from 0 to 100/);
    expect(() => paginate(letters, key, { after: 'not-a-cursor' })).toThrow(/not one this API issued/);
  });
});
