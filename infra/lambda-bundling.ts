// How every Beacon Lambda is bundled, in one place: the CDK's NodejsFunction (constructs/beacon-function.ts) and the
// bench (bench/bundle.ts) both read these settings, so the bench measures exactly what the stack deploys.
import type { BuildOptions } from 'esbuild';
import { lambdaEntries } from '../functions/deployment.js';
import { fromRepoRoot } from './repo-paths.js';

// ESM output has no `require`; some CommonJS dependencies still call it, so recreate it.
export const esmRequireBanner = [
  "import { createRequire as beaconCreateRequire } from 'node:module';",
  'const require = beaconCreateRequire(import.meta.url);',
].join(' ');

/** esbuild's flags, as NodejsFunction passes them (minified ESM for node22, an external source map). */
export const lambdaBuildFlags = {
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  target: 'node22',
  format: 'esm',
  mainFields: ['module', 'main'],
  platform: 'node',
} as const;

const esm = (entry: string) => fromRepoRoot(`node_modules/@apollo/server/dist/esm/${entry}`);

// CommonJS packages require() what our ESM code imports, and esbuild then bundles both builds of one package:
// @as-integrations/aws-lambda → @apollo/server (~230 KiB), @apollo/utils.keyvaluecache → lru-cache (~19 KiB); and
// graphql-armor-max-tokens imports graphql/language/parser, which resolves to graphql's CommonJS build (~43 KiB: a
// second parser, lexer and GraphQLError class); Apollo's reporting plugins, where a handler carries them, load
// @apollo/usage-reporting-protobuf's CommonJS build too. Pointing each at its ESM build keeps one copy.
export const singleApolloAliases: Readonly<Record<string, string>> = {
  '@apollo/server': esm('index.js'),
  '@apollo/server/errors': esm('errors/index.js'),
  '@apollo/server/plugin/disabled': esm('plugin/disabled/index.js'),
  'lru-cache': fromRepoRoot('node_modules/lru-cache/dist/esm/node/index.min.js'),
  '@apollo/usage-reporting-protobuf': fromRepoRoot(
    'node_modules/@apollo/usage-reporting-protobuf/generated/esm/protobuf.js',
  ),
  'graphql/language/parser': fromRepoRoot('node_modules/graphql/language/parser.mjs'),
};

// What a deployed Lambda never runs, replaced by small stand-ins (functions/bundle-stubs/ says why each is safe).
export const neverRunAliases: Readonly<Record<string, string>> = {
  // A Lambda's credentials are in its environment: the default chain (ini, SSO, login, STS, IMDS) never finds more.
  '@aws-sdk/credential-provider-node': fromRepoRoot('functions/bundle-stubs/credential-provider-node.ts'),
  // Apollo's hashes by node:crypto, as the package means to (in a bundle it fell back to sha.js): 34 KiB less.
  '@apollo/utils.createhash': fromRepoRoot('functions/bundle-stubs/create-hash.ts'),
};

/** Constants esbuild writes in place, so the branch not taken and what only it imports stay out of the bundle. */
export const lambdaDefines: Readonly<Record<string, string>> = {
  // The deployed API's schema has no descriptions (functions/graphql/server.ts): introspection is off there.
  'process.env.BEACON_SCHEMA_DESCRIPTIONS': JSON.stringify('omitted'),
};

export const lambdaAliases: Readonly<Record<string, string>> = { ...singleApolloAliases, ...neverRunAliases };

/**
 * What one entry never runs because of how its own code is set up (so these cannot apply to every Apollo handler):
 * the API hands Apollo a built schema with its resolvers set by graphql-js (functions/graphql/server.ts), so Apollo's
 * makeExecutableSchema, and @graphql-tools/utils and merge behind it, are never called; it counts query cost with its
 * own estimators, so graphql-query-complexity's directive estimator (lodash.get) is idle; and graphql-js is imported
 * by the names its code uses, never as a whole namespace.
 */
export const entryAliases: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [lambdaEntries.api]: {
    '@graphql-tools/schema': fromRepoRoot('functions/bundle-stubs/graphql-tools-schema.ts'),
    'lodash.get': fromRepoRoot('functions/bundle-stubs/lodash-get.ts'),
    // graphql-js by the names the API's code imports (functions/bundle-stubs/graphql.ts says why); the stub's own
    // import (typed by graphql's index.d.ts) is the ESM build.
    graphql: fromRepoRoot('functions/bundle-stubs/graphql.ts'),
    'graphql/index.js': fromRepoRoot('node_modules/graphql/index.mjs'),
  },
};

/**
 * What one entry never loads, left as the dynamic import it is (esbuild's CLI aliases packages, not a package's own
 * relative imports; only @apollo/server imports these paths). The API installs the Disabled usage-reporting,
 * schema-reporting, inline-trace and landing-page plugins (functions/graphql/server.ts), so Apollo never imports its
 * own: 38 KiB less, and with them the usage-reporting protobuf (104 KiB), usage signatures and lodash.sortby. Were
 * one of those Disabled plugins removed, the server would fail to start (test/integration/deployed-bundle.test.ts).
 */
export const entryExternals: Readonly<Record<string, readonly string[]>> = {
  [lambdaEntries.api]: ['usageReporting', 'schemaReporting', 'inlineTrace', 'landingPage/default'].map(
    (plugin) => `./plugin/${plugin}/index.js`,
  ),
};

/** Every alias one entry is bundled with (entry as in functions/deployment.ts's lambdaEntries). */
export const aliasesFor = (entry?: string): Readonly<Record<string, string>> => ({
  ...lambdaAliases,
  ...(entry ? entryAliases[entry] : undefined),
});

const externalsFor = (entry?: string): string[] => [...((entry ? entryExternals[entry] : undefined) ?? [])];

/** The aliases and externals as esbuild command-line arguments, for NodejsFunction's esbuildArgs. */
export const lambdaEsbuildArgs = (entry?: string): Readonly<Record<string, string | boolean>> => ({
  ...Object.fromEntries(Object.entries(aliasesFor(entry)).map(([from, to]) => [`--alias:${from}`, to])),
  ...Object.fromEntries(externalsFor(entry).map((path) => [`--external:${path}`, true])),
});

/**
 * The same settings as esbuild's own options, for whatever bundles a Lambda outside the CDK (bench, tests); an entry
 * adds its own aliases, without one they are the settings every function shares.
 */
export const lambdaEsbuildOptions = (entry?: string): BuildOptions => ({
  ...lambdaBuildFlags,
  mainFields: [...lambdaBuildFlags.mainFields],
  bundle: true,
  alias: { ...aliasesFor(entry) },
  external: externalsFor(entry),
  define: { ...lambdaDefines },
  banner: { js: esmRequireBanner },
  logLevel: 'error',
});
