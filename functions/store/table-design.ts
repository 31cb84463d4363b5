// The table's shape as data, shared by the local table creator and the CDK stack so they cannot drift.

export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Items with this attribute (epoch seconds) expire; used for short-lived records. */
  ttlAttribute: 'expiresAt',
  indexes: [
    // Open schools by local authority; partnerships by agency.
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    // Open schools by trust.
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    // Every item of one kind (all open schools, all trusts, all councils, all agencies).
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    // Sparse: only open awards, partitioned by the month their next review or reassessment falls due.
    { indexName: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  ],
} as const;

export type IndexName = (typeof tableDesign.indexes)[number]['indexName'];
