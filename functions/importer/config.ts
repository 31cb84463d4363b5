// Environment of the importer Lambda, parsed once at cold start: a missing variable fails before any import.
import * as z from '../core/zod.js';
import { readEnvironment, tableEnvironment } from '../environment.js';

const environment = z.object(tableEnvironment);

export type ImporterConfig = z.infer<typeof environment>;

export const readImporterConfig = (env: NodeJS.ProcessEnv = process.env): ImporterConfig =>
  readEnvironment(environment, env, 'importer', 'TABLE_NAME names the DynamoDB table');
