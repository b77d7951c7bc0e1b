import { down, loadStackConfig, up } from '@expertnet/infra';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** What `pnpm stack env` prints: NATS_URL, MONGO_URL, KEYCLOAK_URL, realm names. */
    stack: Readonly<Record<string, string>>;
  }
}

const report = (line: string) => {
  process.stderr.write(`[stack] ${line}\n`);
};

/**
 * Reuses a running stack or starts the servers that are not running. A server that cannot be
 * started or reached throws here, which fails the whole run: integration tests never skip.
 */
export default async function setup(project: TestProject) {
  const config = loadStackConfig();
  const { started, env } = await up(config, report);
  project.provide('stack', env);
  return async () => {
    // Stop only what this run started, so a developer's running stack stays up.
    if (started.length > 0 && process.env.EXPERTNET_KEEP_STACK !== '1') {
      await down(config, report, started);
    }
  };
}
