import { defineConfig } from 'vitest/config';

// Real-browser tests: dist/ served by a plain static server, driven through playwright-core in Debian
// Chromium. Run after `npm run build` (npm run test:e2e does both).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
