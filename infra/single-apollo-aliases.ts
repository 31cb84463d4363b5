// CommonJS packages require() what our ESM code imports, and esbuild then bundles both builds of one package:
// @as-integrations/aws-lambda → @apollo/server (~230 KiB), @apollo/utils.usagereporting → the usage-reporting
// protobuf (~104 KiB), @apollo/utils.keyvaluecache → lru-cache (~19 KiB). Pointing each at its ESM build keeps one
// copy. Used by the CDK bundling and the bench.
import { fromRepoRoot } from './repo-paths.js';

const esm = (entry: string) => fromRepoRoot(`node_modules/@apollo/server/dist/esm/${entry}`);

export const singleApolloAliases: Readonly<Record<string, string>> = {
  '@apollo/server': esm('index.js'),
  '@apollo/server/errors': esm('errors/index.js'),
  '@apollo/server/plugin/disabled': esm('plugin/disabled/index.js'),
  '@apollo/usage-reporting-protobuf': fromRepoRoot(
    'node_modules/@apollo/usage-reporting-protobuf/generated/esm/protobuf.js',
  ),
  'lru-cache': fromRepoRoot('node_modules/lru-cache/dist/esm/node/index.min.js'),
};

/** The same aliases as esbuild command-line arguments, for NodejsFunction's esbuildArgs. */
export const singleApolloEsbuildArgs: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(singleApolloAliases).map(([from, to]) => [`--alias:${from}`, to]),
);
