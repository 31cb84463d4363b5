// The School entity and its two busiest access patterns written with DynamoDB-Toolbox, for the store evaluation.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { any, Entity, GetItemCommand, item, list, number, QueryCommand, string, Table } from 'dynamodb-toolbox';
import type { SchoolRecord } from '../../functions/core/records.js';

export function toolboxSchools(documentClient: DynamoDBDocumentClient, name: string) {
  const table = new Table({
    name,
    documentClient,
    partitionKey: { name: 'pk', type: 'string' },
    sortKey: { name: 'sk', type: 'string' },
    indexes: {
      gsi1: {
        type: 'global',
        partitionKey: { name: 'gsi1pk', type: 'string' },
        sortKey: { name: 'gsi1sk', type: 'string' },
      },
    },
  });
  const school = new Entity({
    name: 'School',
    table,
    // Beacon's items have no Toolbox entity or timestamp attributes.
    entityAttribute: false,
    timestamps: false,
    schema: item({
      urn: string().key(),
      name: string(),
      laCode: string(),
      trustUid: string().optional(),
      phase: string().optional(),
      type: string().optional(),
      administrativeDistrict: string().optional(),
      town: string().optional(),
      postcode: string().optional(),
      openedOn: string().optional(),
      closedOn: string().optional(),
      predecessors: any(),
      successors: any(),
      inspectionIds: list(string()),
      awardIds: list(string()),
      partnershipIds: list(string()),
      summary: any(),
      provenance: string(),
      source: string().optional(),
      version: number(),
    }),
    computeKey: ({ urn }: { urn: string }) => ({ pk: `SCHOOL#${urn}`, sk: 'SCHOOL' }),
  });
  return {
    byUrn: async (urn: string) =>
      ((await school.build(GetItemCommand).key({ urn }).send()).Item ?? null) as SchoolRecord | null,
    ofLocalAuthority: async (laCode: string) =>
      (
        await table
          .build(QueryCommand)
          .query({ index: 'gsi1', partition: `LA#${laCode}` })
          .entities(school)
          .options({ maxPages: Number.POSITIVE_INFINITY })
          .send()
      ).Items as SchoolRecord[],
  };
}
