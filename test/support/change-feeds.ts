// Reading change feeds in tests: a school's, council's, trust's or England's changes through the API, and every
// change event the table holds (for "an import adds exactly these").
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { invoke } from './api-events.js';
import type { TestTable } from './local-table.js';
import type { SeededApi } from './seeded-api.js';

export interface FeedEvent {
  id: string;
  kind: string;
  happenedOn: string;
  from: string | null;
  to: string | null;
  summary: string;
  public: boolean;
  schoolName: string | null;
  school: { urn: string } | null;
  trust: { uid: string } | null;
  relatedSchool: { urn: string } | null;
  source: { name: string; file: string | null; asAt: string | null; actor: string | null };
}

export const EVENT_FIELDS = `id kind happenedOn from to summary public schoolName school { urn } trust { uid }
  relatedSchool { urn } source { name file asAt actor }`;

/** A school's changes of some kinds (the first 100), as an admin sees them. */
export async function schoolChanges(api: SeededApi, urn: string, kinds?: string[]): Promise<FeedEvent[]> {
  const { body } = await invoke<{ school: { changes: { edges: { node: FeedEvent }[] } } | null }>(
    api.handler,
    `query ($urn: ID!, $kinds: [ChangeKind!]) { school(urn: $urn) { changes(kinds: $kinds, first: 100) {
      edges { node { ${EVENT_FIELDS} } } } } }`,
    { urn, kinds },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data?.school?.changes.edges.map((edge) => edge.node) ?? [];
}

/** Every change event's own item (not a conversion's copy under the other school), by id. */
export async function storedChanges(table: TestTable): Promise<Map<string, Record<string, unknown>>> {
  const changes = new Map<string, Record<string, unknown>>();
  for await (const page of paginateScan(
    { client: table.client },
    {
      TableName: table.tableName,
      ConsistentRead: true,
      FilterExpression: '#entity = :change',
      ExpressionAttributeNames: { '#entity': 'entity' },
      ExpressionAttributeValues: { ':change': 'Change' },
    },
  )) {
    for (const item of page.Items ?? []) {
      const own = item.pk === `SCHOOL#${String(item.urn)}` || !item.urn;
      if (own) changes.set(String(item.id), item);
    }
  }
  return changes;
}

/** The file's d/m/Y as Beacon's ISO day. */
export const isoDay = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');
