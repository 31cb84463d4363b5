import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Vite would give the project's own files graphql's ESM build while Apollo (loaded by Node) gets the CommonJS
  // one: two graphql realms, whose type checks throw. One path for both, as Node and esbuild resolve it.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts'],
    // Starts one DynamoDB Local (java, about 3 s) for the whole run.
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Silences the AWS SDK's "future versions need Node 22" notice in every worker.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
