// The table's shape as data, declared once: the local table creator, the CDK stack, the store's queries and the
// README's index table all read it, so they cannot drift.

export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    {
      indexName: 'gsi1',
      partitionKey: 'gsi1pk',
      sortKey: 'gsi1sk',
      holds:
        "open schools by council (by name); partnerships by agency; a council's reminders and changes (newest " +
        'first; public and scoped ones together)',
    },
    {
      indexName: 'gsi2',
      partitionKey: 'gsi2pk',
      sortKey: 'gsi2sk',
      holds:
        "open schools by trust (by name); a trust's reminders and changes (newest first; public and scoped ones " +
        'together)',
    },
    {
      indexName: 'gsi3',
      partitionKey: 'gsi3pk',
      sortKey: 'gsi3sk',
      holds:
        "every item of one kind (all open schools, trusts, councils, agencies); a school's reminders and changes " +
        '(public and scoped ones together)',
    },
    {
      indexName: 'gsi4',
      partitionKey: 'gsi4pk',
      sortKey: 'gsi4sk',
      holds: "sparse: open awards by the month their next review or reassessment falls due; England's public changes",
    },
  ],
} as const;

/**
 * Raised whenever items change shape in a way old data cannot be read by (2: schools' rollups; 3: England's tally
 * in eight shards; 4: councils' and trusts' name lists and the lists' stamps, for search; 5: schools' census figures in
 * their listings and tallies, the DfE's indicators, and change events, which the seed derives from its files; 6:
 * schools' key judgements, previous graded outcome and list flags in their summaries and listings, and search's
 * towns, postcodes, former names and predecessors in the kept name lists), so a local database of an older layout is
 * set aside and seeded afresh rather than read wrongly.
 */
export const TABLE_LAYOUT = 6;

export type IndexName = (typeof tableDesign.indexes)[number]['indexName'];
export type IndexDesign = (typeof tableDesign.indexes)[number];

export function indexDesign(name: IndexName): IndexDesign {
  const index = tableDesign.indexes.find((candidate) => candidate.indexName === name);
  if (!index) throw new Error(`The table design has no index ${name}`);
  return index;
}
