import path from 'node:path';
import {
  down,
  GRPCURL,
  installGoTool,
  loadStackConfig,
  stackPaths,
  up,
  withProgress,
} from '@expertnet/infra';
import type { TestProject } from 'vitest/node';
import { dockerEngineReachable, prepareServerImages, startContainerServers } from './containers.ts';
import { testsView } from './tests-view.ts';
// Brings the ProvidedContext augmentation without loading vitest's test runtime here.
import type {} from './stack-env.ts';

const report = (line: string) => {
  process.stderr.write(`[stack] ${line}\n`);
};

/**
 * Reuses a running stack or starts the servers that are not running. A server that cannot be
 * started or reached throws here, which fails the whole run: integration tests never skip.
 */
export default async function setup(project: TestProject) {
  if (serversAsContainers(project)) {
    prepareServerImages(report);
    const servers = await startContainerServers(report);
    project.provide('stack', servers.env);
    return () => servers.stop();
  }
  const config = loadStackConfig();
  const [{ started, env }, grpcurl] = await Promise.all([
    up(config, report),
    withProgress(report, 'grpcurl: building it from the Go module proxy if missing', () =>
      installGoTool(config, GRPCURL, path.join(stackPaths(config).logs, 'tools.log')),
    ),
  ]);
  project.provide('stack', { ...testsView(env), GRPCURL: grpcurl });
  return async () => {
    // Stop only what this run started, so a developer's running stack stays up.
    if (started.length > 0 && process.env.EXPERTNET_KEEP_STACK !== '1') {
      await down(config, report, started);
    }
  };
}

/**
 * The servers as containers (tests/support/containers.ts) for the `containers` project, which
 * runs the suites that need only NATS, the MongoDB-wire server and Keycloak; for the
 * `integration` project when EXPERTNET_TEST_SERVERS=containers and a Docker engine answers.
 * Processes otherwise: most integration suites also need the stack's services, its NATS
 * accounts or FerretDB on PostgreSQL, which the containers do not provide.
 */
function serversAsContainers(project: TestProject): boolean {
  if (project.name === 'containers') return true;
  return process.env.EXPERTNET_TEST_SERVERS === 'containers' && dockerEngineReachable();
}
