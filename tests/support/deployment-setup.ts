// Global setup of the `deployment` project: the single-host deployment (deploy/compose) built and
// started from the images (deploy/scripts/build-images.sh --servers: every service image and
// the server images; cached after the first build), stopped afterwards with its data.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareEngine } from './containers.ts';
// Brings the ProvidedContext augmentation without loading vitest's test runtime here.
import type {} from './stack-env.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const report = (line: string) => {
  process.stderr.write(`[deployment] ${line}\n`);
};
const run = (script: string, ...args: string[]) => {
  execFileSync('bash', [path.join(ROOT, script), ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
};

export default function setup(project: TestProject) {
  const started = Date.now();
  prepareEngine(report);
  run('deploy/scripts/build-images.sh', '--servers');
  report(`images ready in ${String(Math.round((Date.now() - started) / 1000))} s`);
  // A deployment a previous run left (no teardown after a failure) starts over, data and all.
  run('deploy/compose/down.sh', '--volumes');
  run('deploy/compose/up.sh');
  report(`deployment up in ${String(Math.round((Date.now() - started) / 1000))} s`);
  const gatewayPort = process.env.EXPERTNET_COMPOSE_GATEWAY_PORT ?? '28088';
  const keycloakPort = process.env.EXPERTNET_COMPOSE_KEYCLOAK_PORT ?? '28080';
  project.provide('stack', {
    GATEWAY_URL: `http://127.0.0.1:${gatewayPort}`,
    KEYCLOAK_URL: `http://127.0.0.1:${keycloakPort}`,
  });
  return () => {
    if (process.env.EXPERTNET_KEEP_STACK !== '1') run('deploy/compose/down.sh', '--volumes');
  };
}
