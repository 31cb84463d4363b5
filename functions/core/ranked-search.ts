// Search as people type it, over a list held in memory: MiniSearch finds the records (every word of the text in a
// name, former name, town, postcode or code; a word as a prefix; a misspelt word within one or two edits when it
// matches nothing as typed), and each found record is ranked in tiers, exact before partial, by name within a tier.
// The rank is a plain string, so a search pages by cursor as every other list does.
import MiniSearch, { type QueryCombination, type SearchResult } from 'minisearch';

/** Where the text was found in a record. */
export type SearchField = 'NAME' | 'FORMER_NAME' | 'TOWN' | 'POSTCODE' | 'CODE' | 'PREDECESSOR_URN';

/** What a list gives the search of one record. Codes (URN, LA code, UID, TR-number) match whole. */
export interface SearchDocument {
  name: string;
  formerNames?: readonly string[];
  town?: string;
  postcode?: string;
  codes?: readonly (string | undefined)[];
  predecessorUrns?: readonly string[];
}

export interface SearchMatch {
  field: SearchField;
  /** The value as held: the former name, town, postcode or code the text matched. */
  value: string;
}

export interface RankedHit<T> {
  record: T;
  /** Tier, then the record's name order: the order of the results and the cursor's key. */
  key: string;
  match: SearchMatch;
}

export interface RankedIndex<T> {
  /** Records matching every word of `text`, best first. */
  search(text: string): RankedHit<T>[];
  readonly size: number;
}

/** Folded as names are compared: no accents, case, apostrophes or punctuation; "&" is "and". */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en-GB')
    .replace(/['’`]/g, '')
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const wordsOf = (text: string) => foldForSearch(text).split(' ').filter(Boolean);

const FIELDS = ['name', 'formerNames', 'town', 'postcode', 'codes', 'predecessorUrns'] as const;
type IndexField = (typeof FIELDS)[number];

const FIELD_OF: Record<IndexField, SearchField> = {
  name: 'NAME',
  formerNames: 'FORMER_NAME',
  town: 'TOWN',
  postcode: 'POSTCODE',
  codes: 'CODE',
  predecessorUrns: 'PREDECESSOR_URN',
};

/** The field reported when the text is found in several: a code first, the name last. */
const REPORTED: readonly IndexField[] = ['codes', 'predecessorUrns', 'postcode', 'town', 'formerNames', 'name'];

/** A word with a digit is a code or a postcode part: it matches whole, never as a prefix or misspelt. */
const isCode = (word: string) => /\d/.test(word);

/** Edits between two short words (insertions, deletions, substitutions): ranks a misspelt word's matches. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

interface Indexed {
  id: number;
  name: string;
  formerNames: string;
  town: string;
  postcode: string;
  codes: string;
  predecessorUrns: string;
}

const indexedOf = (id: number, document: SearchDocument): Indexed => ({
  id,
  name: document.name,
  formerNames: (document.formerNames ?? []).join(' | '),
  town: document.town ?? '',
  // Both "ME9 8PL" and "ME98PL" find it; "ME9" alone finds every school of the outward code.
  postcode: document.postcode ? `${document.postcode} ${document.postcode.replace(/\s+/g, '')}` : '',
  codes: (document.codes ?? []).filter((code) => code !== undefined).join(' '),
  predecessorUrns: (document.predecessorUrns ?? []).join(' '),
});

/** The index of `records` (built once; build a new one when the list changes). */
export function rankedIndex<T>(
  records: readonly T[],
  documentOf: (record: T) => SearchDocument,
  orderKey: (record: T) => string,
): RankedIndex<T> {
  const documents = records.map(documentOf);
  const index = new MiniSearch<Indexed>({
    fields: [...FIELDS],
    tokenize: (text) => wordsOf(text),
    processTerm: (term) => term,
  });
  index.addAll(documents.map((document, id) => indexedOf(id, document)));

  /** Each name folded, worked out on the first search (ranking and the search inside words read it). */
  let foldedNames: string[] | undefined;
  const foldedName = (id: number) => {
    foldedNames ??= documents.map((document) => foldForSearch(document.name));
    return foldedNames[id] ?? '';
  };

  /** Whether a word matches anything as typed (whole or as a prefix): if not, it is taken as misspelt. */
  const known = (word: string) => index.search(word, { prefix: !isCode(word) }).length > 0;

  function matchOf(document: SearchDocument, result: SearchResult, words: readonly string[]): SearchMatch {
    const fields = new Set(Object.values(result.match).flat() as IndexField[]);
    // The name, when each word of the text is found in it (whatever else a prefix of it also found).
    const inName = words.every((word) =>
      Object.entries(result.match).some(
        ([term, matched]) => matched.includes('name') && (term.startsWith(word) || editDistance(word, term) <= 2),
      ),
    );
    const field = inName ? 'name' : (REPORTED.find((candidate) => fields.has(candidate)) ?? 'name');
    const matched = new Set(result.terms);
    const holding = (values: readonly (string | undefined)[]) =>
      values.find((value) => value !== undefined && wordsOf(value).some((word) => matched.has(word))) ??
      values[0] ??
      document.name;
    const value =
      field === 'formerNames'
        ? holding(document.formerNames ?? [])
        : field === 'codes'
          ? holding(document.codes ?? [])
          : field === 'predecessorUrns'
            ? holding(document.predecessorUrns ?? [])
            : field === 'town'
              ? (document.town ?? '')
              : field === 'postcode'
                ? (document.postcode ?? '')
                : document.name;
    return { field: FIELD_OF[field], value };
  }

  /** 0 the whole name or a code; 1 the name's start; 2 every word in the name; 3 every word whole somewhere; 4 a
   * word as a prefix; 5 and 6 a word misspelt by one or two edits; 7 (below) the text inside a word of the name. */
  function tierOf(id: number, document: SearchDocument, result: SearchResult, text: string, words: readonly string[]) {
    const name = foldedName(id);
    const compact = text.replaceAll(' ', '');
    const codes = [...(document.codes ?? []), document.postcode].filter((code) => code !== undefined);
    if (name === text || codes.some((code) => foldForSearch(code).replaceAll(' ', '') === compact)) return 0;
    if (name.startsWith(text)) return 1;
    const nameWords = new Set(name.split(' '));
    if (words.every((word) => nameWords.has(word))) return 2;
    const terms = Object.keys(result.match);
    if (words.every((word) => terms.includes(word))) return 3;
    const distance = Math.max(
      ...words.map((word) =>
        terms.some((term) => term.startsWith(word))
          ? 0
          : Math.min(...terms.map((term) => editDistance(word, term)), Number.POSITIVE_INFINITY),
      ),
    );
    return distance === 0 ? 4 : distance === 1 ? 5 : 6;
  }

  return {
    size: records.length,
    search(typed) {
      const text = foldForSearch(typed);
      const words = text.split(' ').filter(Boolean);
      if (words.length === 0) return [];
      const query = (misspelt: (word: string) => boolean): QueryCombination => ({
        combineWith: 'AND',
        queries: words.map((word) => ({
          queries: [word],
          prefix: !isCode(word),
          fuzzy: !isCode(word) && word.length >= 4 && misspelt(word) ? 0.2 : false,
          maxFuzzy: 2,
        })),
      });
      // As typed first; only when that finds nothing are the words that match nothing taken as misspelt.
      let results = index.search(query(() => false));
      if (results.length === 0) results = index.search(query((word) => !known(word)));
      const hits: RankedHit<T>[] = results.flatMap((result) => {
        const id = Number(result.id);
        const record = records[id];
        const document = documents[id];
        if (record === undefined || document === undefined) return [];
        const tier = tierOf(id, document, result, text, words);
        return [{ record, key: `${tier}\u0001${orderKey(record)}`, match: matchOf(document, result, words) }];
      });
      // Last, names holding the text inside a word ("shire" in Hertfordshire), as a search by name always found.
      const found = new Set(results.map((result) => Number(result.id)));
      records.forEach((record, id) => {
        if (found.has(id) || !foldedName(id).includes(text)) return;
        hits.push({
          record,
          key: `7\u0001${orderKey(record)}`,
          match: { field: 'NAME', value: documents[id]?.name ?? '' },
        });
      });
      return hits.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
  };
}
