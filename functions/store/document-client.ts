// The DynamoDB document client, with an optional counter of the requests it sends.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface RequestCounter {
  total: number;
  byCommand: Record<string, number>;
}

export function newRequestCounter(): RequestCounter {
  return { total: 0, byCommand: {} };
}

export function createDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient(config);
  // Beacon passes the SDK no logger, so the logger middleware only costs time on every request.
  client.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
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
}
