// @as-integrations/aws-lambda require()s @apollo/server, which esbuild resolves to its CommonJS build beside the
// ESM build our code imports: two Apollo servers and two sets of their dependencies in one bundle (~230 KiB).
// Pointing every entry point we use at the ESM build keeps one copy. Used by the CDK bundling and the bench.
import { fromRepoRoot } from './repo-paths.js';

const esm = (entry: string) => fromRepoRoot(`node_modules/@apollo/server/dist/esm/${entry}`);

export const singleApolloAliases: Readonly<Record<string, string>> = {
  '@apollo/server': esm('index.js'),
  '@apollo/server/errors': esm('errors/index.js'),
  '@apollo/server/plugin/disabled': esm('plugin/disabled/index.js'),
};

/** The same aliases as esbuild command-line arguments, for NodejsFunction's esbuildArgs. */
export const singleApolloEsbuildArgs: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(singleApolloAliases).map(([from, to]) => [`--alias:${from}`, to]),
);
