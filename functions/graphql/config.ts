// Environment of the API Lambda, parsed once at cold start: a missing variable fails loudly, before any request.
import { anyValue, type EnvironmentOf, optional, readEnvironment, tableEnvironment } from '../environment.js';

const environment = {
  ...tableEnvironment,
  /** `production` in AWS: no introspection, no field suggestions. */
  NODE_ENV: optional(anyValue),
};

export type ApiConfig = EnvironmentOf<typeof environment>;

export const readApiConfig = (env: NodeJS.ProcessEnv = process.env): ApiConfig =>
  readEnvironment(environment, env, 'API', 'TABLE_NAME names the DynamoDB table');

/** AWS sets NODE_ENV=production on the function; `npm start` takes it as the shell has it (normally unset). */
export const isProductionPosture = (config: ApiConfig): boolean => config.NODE_ENV === 'production';
