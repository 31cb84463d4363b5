// The DynamoDB client Beacon builds: no logger middleware on any request (it cost 2.5 ms a call for nothing),
// and the request counter still sees every command.
import { describe, expect, it } from 'vitest';
import { countRequests, createDocumentClient, newRequestCounter } from '../../functions/store/index.js';

describe('the document client', () => {
  it('carries no logger middleware', () => {
    const client = createDocumentClient({ region: 'eu-west-2' });
    const stack = client.middlewareStack.identify();
    expect(stack.length).toBeGreaterThan(5);
    expect(stack.filter((name) => /logger/i.test(name))).toEqual([]);
  });

  it('still counts requests through the middleware stack', () => {
    const client = createDocumentClient({ region: 'eu-west-2' });
    countRequests(client, newRequestCounter());
    expect(client.middlewareStack.identify().some((name) => name.startsWith('beaconRequestCounter'))).toBe(true);
  });
});
