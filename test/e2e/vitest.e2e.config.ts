import { defineConfig } from 'vitest/config';

/** `npm run test:e2e`: the built app in Debian's Chromium against the real browser host. */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname + '/../..',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/buildOnce.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
