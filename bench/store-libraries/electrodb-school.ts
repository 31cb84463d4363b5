// The School entity and its two busiest access patterns written with ElectroDB, for the store evaluation.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'electrodb';
import type { SchoolRecord } from '../../functions/core/records.js';

export function electroDbSchools(client: DynamoDBDocumentClient, table: string) {
  const school = new Entity(
    {
      model: { entity: 'School', version: '1', service: 'beacon' },
      attributes: {
        urn: { type: 'string', required: true },
        name: { type: 'string', required: true },
        laCode: { type: 'string', required: true },
        trustUid: { type: 'string' },
        phase: { type: 'string' },
        type: { type: 'string' },
        administrativeDistrict: { type: 'string' },
        town: { type: 'string' },
        postcode: { type: 'string' },
        openedOn: { type: 'string' },
        closedOn: { type: 'string' },
        predecessors: { type: 'any' },
        successors: { type: 'any' },
        inspectionIds: { type: 'list', items: { type: 'string' } },
        awardIds: { type: 'list', items: { type: 'string' } },
        partnershipIds: { type: 'list', items: { type: 'string' } },
        summary: { type: 'any' },
        provenance: { type: 'string' },
        source: { type: 'string' },
        version: { type: 'number' },
      },
      indexes: {
        byUrn: {
          // biome-ignore lint/suspicious/noTemplateCurlyInString: ElectroDB's key template syntax, not a JS template.
          pk: { field: 'pk', composite: ['urn'], template: 'SCHOOL#${urn}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'SCHOOL', casing: 'none' },
        },
        byLocalAuthority: {
          index: 'gsi1',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: ElectroDB's key template syntax, not a JS template.
          pk: { field: 'gsi1pk', composite: ['laCode'], template: 'LA#${laCode}', casing: 'none' },
          // No sort key: ElectroDB would otherwise ask for gsi1sk = "$School_1" and find none of Beacon's items.
        },
      },
    },
    { client, table },
  );
  return {
    // Beacon's items carry no ElectroDB ownership attributes (__edb_e__, __edb_v__): every read must waive the check.
    byUrn: async (urn: string) => (await school.get({ urn }).go({ ignoreOwnership: true })).data as SchoolRecord | null,
    ofLocalAuthority: async (laCode: string) =>
      (await school.query.byLocalAuthority({ laCode }).go({ pages: 'all', ignoreOwnership: true }))
        .data as SchoolRecord[],
  };
}
