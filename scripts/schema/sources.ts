// The schema as one document: every schema/*.graphql file (whatever modules exist), built and printed with its
// directives, so the lint, the breaking-change check, the release snapshot and the reference all read the same thing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildASTSchema, type GraphQLSchema, parse } from 'graphql';

export const SCHEMA_DIR = 'schema';
/** The schema as last released: what clients build on. Outside schema/*.graphql, so it is not part of the API. */
export const RELEASED_SCHEMA = path.join(SCHEMA_DIR, 'released', 'schema.graphql');
export const CHANGELOG = path.join(SCHEMA_DIR, 'CHANGELOG.md');

export function schemaFiles(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => path.join(dir, file));
}

export function buildSchemaFrom(sdl: string): GraphQLSchema {
  return buildASTSchema(parse(sdl));
}

/** The current schema, extensions merged into their types, with descriptions and directive uses (@restricted…). */
export function currentSdl(dir = SCHEMA_DIR): string {
  const sdl = schemaFiles(dir)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return `${printSchemaWithDirectives(buildSchemaFrom(sdl))}\n`;
}
