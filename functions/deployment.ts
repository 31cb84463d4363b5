// Facts the deployed functions and the CDK stack (and the local server) must agree on, written once.

/** Lambda entries, relative to the repository root. */
export const lambdaEntries = {
  api: 'functions/graphql/handler.ts',
  reassessment: 'functions/reassessment/handler.ts',
  importer: 'functions/importer/handler.ts',
  feeds: 'functions/feeds/handler.ts',
} as const;

/** The Atom feeds' routes (API Gateway) and their CloudFront path patterns: public, GET only. */
export const atomFeedRoutes = [
  { route: '/councils/{code}/changes.atom', pattern: '/councils/*/changes.atom' },
  { route: '/trusts/{uid}/changes.atom', pattern: '/trusts/*/changes.atom' },
  { route: '/schools/{urn}/changes.atom', pattern: '/schools/*/changes.atom' },
] as const;

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
  'school-census',
  'la-indicators',
  'ees',
  'statistical-neighbours',
  'gias-establishments',
] as const;
export type ImportKind = (typeof importKinds)[number];

/**
 * Whom an upload speaks for: one in a council's folder of its kind, e.g. imports/partnerships/la-886/register.csv,
 * is that council's word (the council's code, here 886), so IAM can give a council's uploader that folder alone;
 * one anywhere else under `imports/` is the word of Beacon's operators, who alone may write there (null).
 */
export function importLocalAuthorityOf(key: string): string | null {
  const [, folder, ...file] = key.slice(importPrefix.length).split('/');
  return file.length > 0 && folder && /^la-\d{3}$/.test(folder) ? folder.slice(3) : null;
}
