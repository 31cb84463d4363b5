// Every multi-page Query goes through lib-dynamodb's paginator; callers say when they have read enough.
import { type DynamoDBDocumentClient, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

export type Item = Record<string, unknown>;

/** Reads pages until `enough(items)` holds or the partition ends; `startKey` resumes a previous read. */
export async function queryPages(
  client: DynamoDBDocumentClient,
  input: QueryCommandInput,
  enough: (items: readonly Item[]) => boolean = () => false,
): Promise<Item[]> {
  const items: Item[] = [];
  const pages = paginateQuery({ client, startingToken: input.ExclusiveStartKey }, input);
  for await (const page of pages) {
    items.push(...(page.Items ?? []));
    if (enough(items)) break;
  }
  return items;
}
