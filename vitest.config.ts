import { configDefaults, defineConfig } from 'vitest/config';
import { PlatformCheckLast } from './tests/support/platform-last.ts';

export default defineConfig({
  test: {
    // The platform's demo-state check goes last, after every test has used the servers.
    sequence: { sequencer: PlatformCheckLast },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'infra/**/*.test.ts',
            'services/*/src/**/*.test.ts',
            // The kit's test support tests its own oracle (the reflective protobuf mapping).
            'services/platform/test/support/*.test.ts',
            'proto/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts', 'services/*/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'services/platform/test/support/*.test.ts'],
          // Starts the real servers (or reuses a running stack) before any integration test.
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: integration files in parallel only fight over the same servers.
          fileParallelism: false,
        },
      },
      {
        test: {
          // The same suites against NATS, the MongoDB-wire server and Keycloak started as
          // containers by testcontainers (images built here; tests/support/containers.ts).
          name: 'containers',
          include: [
            'tests/infra/nats.test.ts',
            'tests/infra/mongo.test.ts',
            'tests/infra/keycloak-tokens.test.ts',
          ],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // The single-host deployment (deploy/compose) from the images built here, end to end.
          name: 'deployment',
          include: ['tests/deploy/compose/*.e2e.ts'],
          globalSetup: ['tests/support/deployment-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
