// Stands in for lodash.get in the API's bundle (infra/lambda-bundling.ts aliases it for that entry alone). Only
// graphql-query-complexity's directive estimator calls it (for `@complexity(multipliers:)`), and Beacon counts with
// its own estimators (functions/graphql/query-limits.ts), so it is never called; lodash.get is CommonJS, so esbuild
// kept it (4.6 KiB, and its Map and regex set-up at load) though nothing used it.
const get = (): never => {
  throw new Error('lodash.get is not in Beacon’s API bundle: query-limits.ts passes its own estimators.');
};

export default get;
