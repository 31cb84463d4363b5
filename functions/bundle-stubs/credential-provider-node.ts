// Stands in for @aws-sdk/credential-provider-node in the Lambda bundles (infra/lambda-bundling.ts aliases it). Lambda
// puts the function role's credentials in the environment, so the default chain's first link is the one that answers;
// the rest (ini files, SSO, login, web identity, process, container and instance metadata) and the STS/SSO clients
// they carry are never reached. Each SDK client's default provider becomes the environment's alone.
import { fromEnv } from '@aws-sdk/credential-provider-env';

type FromEnvInit = Parameters<typeof fromEnv>[0];

export const defaultProvider = (init?: FromEnvInit) => fromEnv(init);

/** The real module's helpers, for the same names: environment credentials are refreshed only if they expire. */
export const credentialsWillNeedRefresh = (credentials: { expiration?: Date }): boolean =>
  credentials.expiration !== undefined;

export const credentialsTreatedAsExpired = (credentials: { expiration?: Date }): boolean =>
  credentials.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
