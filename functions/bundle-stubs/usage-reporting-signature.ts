// Stands in for @apollo/utils.usagereporting in the API's bundle (infra/lambda-bundling.ts aliases it for that entry
// alone). Only Apollo's usage-reporting plugin calls these, and the API installs its Disabled plugin
// (functions/graphql/server.ts), so the plugin is never loaded; lodash.sortby and the AST sorters stay out.
const notBundled = (name: string) => (): never => {
  throw new Error(`${name}: usage reporting is off, and its signature code is not in Beacon’s API bundle.`);
};

export const usageReportingSignature = notBundled('usageReportingSignature');
export const calculateReferencedFieldsByType = notBundled('calculateReferencedFieldsByType');
