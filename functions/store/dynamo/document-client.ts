// The DynamoDB document client, with an optional counter of the requests it sends.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface RequestCounter {
  total: number;
  byCommand: Record<string, number>;
  /** Items the answers held (Query, GetItem, BatchGetItem), the figure a page's cost is judged by. */
  itemsRead: number;
}

export function newRequestCounter(): RequestCounter {
  return { total: 0, byCommand: {}, itemsRead: 0 };
}

interface ReadOutput {
  Item?: unknown;
  Items?: unknown[];
  Responses?: Record<string, unknown[]>;
}

const itemsIn = (output: ReadOutput) =>
  (output.Item ? 1 : 0) +
  (output.Items?.length ?? 0) +
  Object.values(output.Responses ?? {}).reduce((sum, items) => sum + (Array.isArray(items) ? items.length : 0), 0);

export function createDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient(config);
  // Beacon passes the SDK no logger, so the logger middleware only costs time on every request.
  client.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

/**
 * The client of a Lambda entry. Lambda puts the role's credentials in the environment (`npm start` puts its dummies
 * there too), so they are read from there alone, not through the SDK's chain of files, SSO and instance metadata.
 */
export function createLambdaDocumentClient(
  endpoint: string | undefined,
  config: DynamoDBClientConfig = {},
): DynamoDBDocumentClient {
  return createDocumentClient({ ...config, credentials: fromEnv(), ...(endpoint ? { endpoint } : {}) });
}

/** Counts every request the client sends, retries included, by command name. */
export function countRequests(client: DynamoDBDocumentClient, counter: RequestCounter): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'Unknown';
      counter.total += 1;
      counter.byCommand[name] = (counter.byCommand[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'finalizeRequest', name: 'beaconRequestCounter', override: true },
  );
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      counter.itemsRead += itemsIn(result.output as ReadOutput);
      return result;
    },
    { step: 'initialize', name: 'beaconItemCounter', override: true },
  );
}
