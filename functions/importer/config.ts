// Environment of the importer Lambda, parsed once at cold start: a missing variable fails before any import.
import { type EnvironmentOf, readEnvironment, tableEnvironment } from '../environment.js';

export type ImporterConfig = EnvironmentOf<typeof tableEnvironment>;

export const readImporterConfig = (env: NodeJS.ProcessEnv = process.env): ImporterConfig =>
  readEnvironment(tableEnvironment, env, 'importer', 'TABLE_NAME names the DynamoDB table');
