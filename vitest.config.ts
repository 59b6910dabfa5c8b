import { defineConfig } from 'vitest/config';

// Four suites, one command: pure engines, server (service + route tests on a real database),
// and browser tests against the real server. See docs/ARCHITECTURE.md.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'engines',
          include: ['packages/*/src/**/*.test.ts', 'apps/cli/src/**/*.test.ts'],
          exclude: ['packages/db/**', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server',
          include: [
            'apps/api/src/**/*.test.ts',
            'packages/db/src/**/*.test.ts',
            'apps/cli/test/**/*.test.ts',
          ],
          globalSetup: ['apps/api/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
