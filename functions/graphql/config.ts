// Environment of the API Lambda, parsed once at cold start: a missing variable fails loudly, before any request.
import * as z from '../core/zod.js';
import { readEnvironment, tableEnvironment } from '../environment.js';

const environment = z.object({
  ...tableEnvironment,
  /** `production` in AWS: no introspection, no field suggestions. */
  NODE_ENV: z.optional(z.string()),
});

export type ApiConfig = z.infer<typeof environment>;

export const readApiConfig = (env: NodeJS.ProcessEnv = process.env): ApiConfig =>
  readEnvironment(environment, env, 'API', 'TABLE_NAME names the DynamoDB table');

/** AWS sets NODE_ENV=production on the function; `npm start` takes it as the shell has it (normally unset). */
export const isProductionPosture = (config: ApiConfig): boolean => config.NODE_ENV === 'production';
