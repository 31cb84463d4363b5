// Facts the deployed functions and the CDK stack (and the local server) must agree on, written once.

/** Lambda entries, relative to the repository root. */
export const lambdaEntries = {
  api: 'functions/graphql/handler.ts',
  reassessment: 'functions/reassessment/handler.ts',
  importer: 'functions/importer/handler.ts',
} as const;

/** The API's routes: signed-in callers (JWT authorizer) and anonymous readers of public facts. */
export const graphqlPath = '/graphql';
export const publicGraphqlPath = '/public/graphql';

/** Uploads under this prefix of the import bucket are imported; anything else is ignored. */
export const importPrefix = 'imports/';

/**
 * One prefix per kind under `imports/`, e.g. imports/la-codes/la_codes_england.csv or imports/gias-groups/.
 * Anything else under `imports/` is a GIAS establishments extract, as before kinds existed.
 */
export const importKinds = [
  'la-codes',
  'gias-groups',
  'gias-links',
  'ofsted-outcomes',
  'iqm-awards',
  'partnerships',
  'gias-establishments',
] as const;
export type ImportKind = (typeof importKinds)[number];

export function importKindOf(key: string): ImportKind {
  const folder = key.slice(importPrefix.length).split('/')[0];
  return importKinds.find((kind) => kind === folder) ?? 'gias-establishments';
}
