import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['infra/**/*.test.ts', 'services/*/src/**/*.test.ts', 'proto/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts', 'services/*/test/**/*.test.ts'],
          // Starts the real servers (or reuses a running stack) before any integration test.
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: integration files in parallel only fight over the same servers.
          fileParallelism: false,
        },
      },
    ],
  },
});
