// One in-memory DynamoDB Local for the whole test run (each test file makes its own table in it), and the web page.
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../local/dynamodb-local.js';
import { ensureWebBuilt } from '../local/web-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Endpoint of the run's DynamoDB Local, e.g. http://127.0.0.1:53211. */
    dynamoEndpoint: string;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The web page is built once here, so the tests that run `npm start` side by side never build it at once.
  const [dynamo] = await Promise.all([startDynamoDbLocal(), ensureWebBuilt()]);
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return () => dynamo.stop();
}
