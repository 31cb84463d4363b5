// The rules of search's ranking and matching, on a handful of records.
import { describe, expect, it } from 'vitest';
import { formerNamesOf } from '../../functions/core/gias-trust.js';
import { nameOrderKey } from '../../functions/core/name-search.js';
import { rankedIndex, type SearchDocument } from '../../functions/core/ranked-search.js';

interface Place extends SearchDocument {
  id: string;
}

const PLACES: Place[] = [
  { id: '1', name: 'St Mary', codes: ['100001'] },
  { id: '2', name: "St Mary's Catholic Primary School", town: 'Sevenoaks', postcode: 'TN13 1AA', codes: ['100002'] },
  { id: '3', name: 'Holy Cross, St Mary and St John', codes: ['100003'] },
  { id: '4', name: 'Knole Academy', town: 'Sevenoaks', postcode: 'TN13 3LE', codes: ['100004'] },
  { id: '5', name: 'Leigh Academy Milestone', formerNames: ['Milestone School'], predecessorUrns: ['119061'] },
  { id: '6', name: 'Maryland Primary School', postcode: 'ME9 8PL', codes: ['100006'] },
  { id: '7', name: 'Hertfordshire Grange', codes: ['100007'] },
  { id: '8', name: 'St Mary and St Michael', formerNames: ["St Mary's and St Michael's Infants"], codes: ['100008'] },
];
const index = rankedIndex(
  PLACES,
  (place) => place,
  (place) => nameOrderKey(place.name, place.id),
);
const ids = (text: string) => index.search(text).map((hit) => hit.record.id);

describe('ranked search', () => {
  it('puts the whole name first, then names starting with the text, then names holding its words', () => {
    expect(ids('St Mary')).toEqual(['1', '8', '2', '3']);
  });

  it('says the name matched when every word is in it, though a former name holds them too', () => {
    expect(index.search('St Mary').find((hit) => hit.record.id === '8')?.match.field).toBe('NAME');
  });

  it('finds by town, postcode whole or by outward code, and by a predecessor’s URN, saying which', () => {
    expect(ids('sevenoaks')).toEqual(['4', '2']);
    expect(index.search('me98pl')[0]?.match).toEqual({ field: 'POSTCODE', value: 'ME9 8PL' });
    expect(ids('ME9')).toEqual(['6']);
    expect(index.search('119061')[0]?.match).toEqual({ field: 'PREDECESSOR_URN', value: '119061' });
  });

  it('matches codes whole, never as a prefix or a misspelling', () => {
    expect(ids('10000')).toEqual([]);
    expect(ids('100004')).toEqual(['4']);
  });

  it('forgives a misspelt word only when the text as typed finds nothing', () => {
    expect(ids('milstone')).toEqual(['5']);
    expect(index.search('milstone')[0]?.match.field).toBe('NAME');
    // "marx" matches nothing as typed, so it is taken for "mary" (one edit); "mary" as typed finds no "marx".
    expect(ids('marx')).toEqual(['3', '1', '8']);
    // A name starting with it (Maryland), then names holding the word, then the word as a prefix (Mary's).
    expect(ids('mary')).toEqual(['6', '3', '1', '8', '2']);
  });

  it('still finds a name holding the text inside a word, last', () => {
    expect(ids('fordshire')).toEqual(['7']);
  });
});

describe("a trust's former names", () => {
  it('keeps a name that differs in more than case, punctuation or "The"', () => {
    expect(formerNamesOf('THE DEAN TRUST', ['Dean Trust, The'])).toBeUndefined();
    expect(formerNamesOf('LIFT SCHOOLS', ['Academies Enterprise Trust'])).toEqual(['Academies Enterprise Trust']);
    expect(formerNamesOf('LIFT SCHOOLS', ['Academies Enterprise Trust', 'LIFT SCHOOLS', undefined])).toEqual([
      'Academies Enterprise Trust',
    ]);
  });
});
