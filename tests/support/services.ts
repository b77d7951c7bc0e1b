import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { outputOf, startProcess, waitForOutput } from './processes.ts';
import { stackEnv } from './stack-env.ts';

const repository = path.join(import.meta.dirname, '..', '..');

/**
 * What every service reads of the stack: the servers' addresses and the realm. Inside vitest
 * they come from the global setup; a benchmark script passes what `up` returned.
 */
export const serversEnv = (lookup: (name: string) => string = stackEnv) => ({
  MONGO_URL: lookup('MONGO_URL'),
  NATS_URL: lookup('NATS_URL'),
  KEYCLOAK_ISSUER: lookup('KEYCLOAK_ISSUER'),
  KEYCLOAK_AUDIENCE: lookup('KEYCLOAK_AUDIENCE'),
});

/**
 * Starts one of the platform's services as production does (Node, the telemetry hook, its
 * main.ts, configuration by environment) and waits for its ready line, which logs its `port`.
 */
export async function startService(
  name: string,
  env: Record<string, string>,
  ready: string,
  timeoutMs?: number,
  extraNodeArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; port: number }> {
  const serviceDir = path.join(repository, 'services', name);
  const child = startProcess(path.join(serviceDir, 'src/main.ts'), env, {
    nodeArgs: ['--import', '@expertnet/platform/telemetry/register', ...extraNodeArgs],
    cwd: serviceDir,
  });
  await waitForOutput(child, ready, timeoutMs);
  const line = outputOf(child)
    .split('\n')
    .find((text) => text.includes(ready));
  const port = Number(/"port":(\d+)/.exec(line ?? '')?.[1]);
  return { child, port };
}
