import { defineConfig } from 'vitest/config';

export default defineConfig({
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
