// The DynamoDB client Beacon builds: no logger middleware on any request (it cost 2.5 ms a call for nothing),
// and the request counter still sees every command.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  countRequests,
  createDocumentClient,
  createLambdaDocumentClient,
  newRequestCounter,
} from '../../functions/store/index.js';

const credentialVariables = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
] as const;
const saved = Object.fromEntries(credentialVariables.map((name) => [name, process.env[name]]));
let profileDir: string | undefined;

afterEach(() => {
  for (const name of credentialVariables) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  profileDir = undefined;
});

/** A shared credentials file with a default profile: what the SDK's default chain would find and use. */
function profileOnDisk(): void {
  profileDir = mkdtempSync(path.join(tmpdir(), 'beacon-credentials-'));
  const file = path.join(profileDir, 'credentials');
  writeFileSync(file, '[default]\naws_access_key_id = AKIAFROMPROFILE\naws_secret_access_key = from-profile\n');
  process.env.AWS_SHARED_CREDENTIALS_FILE = file;
  process.env.AWS_CONFIG_FILE = path.join(profileDir, 'config');
}

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

  it('gives a Lambda entry the credentials Lambda puts in its environment', async () => {
    profileOnDisk();
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'AKIAFROMLAMBDAENV',
      AWS_SECRET_ACCESS_KEY: 'from-environment',
      AWS_SESSION_TOKEN: 'session-from-environment',
    });
    const client = createLambdaDocumentClient(undefined, { region: 'eu-west-2' });
    const credentials = await client.config.credentials();
    expect(credentials).toMatchObject({
      accessKeyId: 'AKIAFROMLAMBDAENV',
      secretAccessKey: 'from-environment',
      sessionToken: 'session-from-environment',
    });
  });

  it('never falls back to the default chain in a Lambda entry: no environment credentials, no request', async () => {
    profileOnDisk();
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const) {
      delete process.env[name];
    }
    const chain = createDocumentClient({ region: 'eu-west-2' });
    expect((await chain.config.credentials()).accessKeyId).toBe('AKIAFROMPROFILE'); // the chain would use the file
    const client = createLambdaDocumentClient(undefined, { region: 'eu-west-2' });
    await expect(client.config.credentials()).rejects.toThrow(/environment variable credentials/);
  });
});
