// Stands in for @graphql-tools/schema in the API's bundle (infra/lambda-bundling.ts aliases it for that entry alone).
// Apollo Server imports makeExecutableSchema to build a schema from `typeDefs`; Beacon hands it a built schema
// (functions/graphql/server.ts), so it is never called, and @graphql-tools/utils and merge (64 KiB) stay out.
export const makeExecutableSchema = (): never => {
  throw new Error('makeExecutableSchema is not in Beacon’s API bundle: pass ApolloServer a built schema.');
};
