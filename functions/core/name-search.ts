// Finding records by name as people type it: any case, any accents or punctuation, or by the record's own code.
import type { TrustStatus } from './vocabulary.js';

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en-GB')
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A test for records whose name contains `text` or whose code is `text`; null or blank text keeps all. */
export function nameMatcher<T>(
  text: string | null | undefined,
  nameOf: (record: T) => string,
  codesOf: (record: T) => readonly (string | undefined)[] = () => [],
): (record: T) => boolean {
  const wanted = fold(text ?? '');
  if (wanted === '') return () => true;
  const code = (text ?? '').trim().toUpperCase();
  return (record) =>
    fold(nameOf(record)).includes(wanted) || codesOf(record).some((candidate) => candidate?.toUpperCase() === code);
}

/** What Query.search was asked: its results' lists each page through what matches `text`, `first` at a time. */
export interface SearchRequest {
  text: string;
  first: number;
}

/** The sort key of a name list: lower-case name, then id, so equal names keep a stable order. */
export const nameOrderKey = (name: string, id: string) => `${name.toLocaleLowerCase('en-GB')}\u0000${id}`;

/** Records in name order with their names folded once, so each search is a scan of short strings in memory. */
export interface NameIndex<T> {
  /** Every record, in `orderKey` order. */
  readonly entries: readonly T[];
  readonly orderKey: (record: T) => string;
  /** As `nameMatcher`: the records whose name contains `text` or whose code is `text`, in order. */
  find(text: string | null | undefined): T[];
  /** The records whose name, folded by `folding`, contains `text` folded the same way, in order. */
  containing(text: string, folding: (text: string) => string): T[];
}

export function nameIndex<T>(
  records: readonly T[],
  orderKey: (record: T) => string,
  nameOf: (record: T) => string,
  codesOf: (record: T) => readonly (string | undefined)[] = () => [],
): NameIndex<T> {
  const keyed = records.map((record) => ({ record, key: orderKey(record) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const entries = keyed.map(({ record }) => record);
  const foldedBy = new Map<(text: string) => string, string[]>();
  const folded = (folding: (text: string) => string) => {
    let names = foldedBy.get(folding);
    if (!names) {
      names = entries.map((record) => folding(nameOf(record)));
      foldedBy.set(folding, names);
    }
    return names;
  };
  let byCode: Map<string, number[]> | undefined;
  /** Each code (upper case) with the records that carry it, worked out on the first search by code. */
  const codes = () => {
    if (!byCode) {
      byCode = new Map();
      for (const [index, record] of entries.entries())
        for (const code of codesOf(record)) {
          if (code === undefined) continue;
          const upper = code.toUpperCase();
          byCode.set(upper, [...(byCode.get(upper) ?? []), index]);
        }
    }
    return byCode;
  };
  const containing = (text: string, folding: (text: string) => string) => {
    const wanted = folding(text);
    if (wanted === '') return [...entries];
    const names = folded(folding);
    return entries.filter((_record, index) => names[index]?.includes(wanted));
  };
  return {
    entries,
    orderKey,
    containing,
    find(text) {
      const wanted = fold(text ?? '');
      if (wanted === '') return [...entries];
      const names = folded(fold);
      const coded = new Set(codes().get((text ?? '').trim().toUpperCase()) ?? []);
      const found: T[] = [];
      entries.forEach((record, index) => {
        if (names[index]?.includes(wanted) || coded.has(index)) found.push(record);
      });
      return found;
    },
  };
}

/** What a search needs of a trust: the rest is read for the page's trusts only. */
export interface TrustNameEntry {
  uid: string;
  groupId?: string;
  name: string;
  formerNames?: string[];
  status?: TrustStatus;
}
