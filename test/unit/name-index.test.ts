// The pure part of search: records kept in name order, their names folded once, found by part of the name or code.
import { describe, expect, it } from 'vitest';
import { nameIndex, nameMatcher, nameOrderKey } from '../../functions/core/name-search.js';
import { fold as listFold } from '../../functions/core/school-filter.js';

interface Named {
  id: string;
  name: string;
}

const records: Named[] = [
  { id: '3', name: 'St. Mary’s C of E School' },
  { id: '1', name: 'Ærø Academy' },
  { id: '2', name: 'Parks & Gardens Primary' },
  { id: '4', name: 'Bridge Academy' },
];
const index = nameIndex(
  records,
  (record) => nameOrderKey(record.name, record.id),
  (record) => record.name,
  (record) => [record.id],
);
const ids = (found: readonly Named[]) => found.map((record) => record.id);

describe('a name index', () => {
  it('keeps its records in name order, the id breaking ties', () => {
    expect(ids(index.entries)).toEqual(['4', '2', '3', '1']);
  });

  it('finds what the matcher finds, in name order: any case, accents, punctuation, "&" as "and", or a code', () => {
    for (const text of ['academy', 'ST MARYS', 'mary s', 'parks and gardens', 'aero', '3', ' 4 ', 'zz', '']) {
      const matches = nameMatcher<Named>(
        text,
        (record) => record.name,
        (record) => [record.id],
      );
      expect(ids(index.find(text)), text).toEqual(ids(index.entries.filter(matches)));
    }
    expect(ids(index.find('academy'))).toEqual(['4', '1']);
    expect(ids(index.find('3'))).toEqual(['3']);
  });

  it('finds by a list’s own folding when asked (England’s list filtered by name)', () => {
    expect(ids(index.containing('parks & g', listFold))).toEqual(['2']);
    expect(ids(index.containing('parks and', listFold))).toEqual([]);
    expect(ids(index.containing('', listFold))).toEqual(ids(index.entries));
  });
});
