import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { loadStackConfig, portalEnv, seedDemoData } from '@expertnet/infra';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { startAllServices } from './all-services.ts';
import { kill9 } from './processes.ts';
import { stackEnv } from './stack-env.ts';

const repository = path.join(import.meta.dirname, '..', '..');
const PORTAL_DIST = path.join(repository, 'services', 'portal', 'dist');

/** Where the browser tests leave their screenshots (git-ignored; CI keeps it as an artifact). */
export const SCREENSHOT_DIR = path.join(repository, 'test-results', 'portal');

export interface TestPortal {
  /** The portal's origin, one of the URLs Keycloak lets the gateway sign browsers in at. */
  readonly url: string;
  readonly children: readonly ChildProcess[];
}

/**
 * The whole platform on the tests' own databases and NATS account, with the gateway serving the
 * built portal at the browser tests' URL, and the demo data seeded through the services' APIs:
 * the journeys change data freely without touching the platform `pnpm platform` runs.
 */
export async function startTestPortal(): Promise<TestPortal> {
  if (!fs.existsSync(path.join(PORTAL_DIST, 'index.html'))) {
    throw new Error(`no built portal in ${PORTAL_DIST}: run \`pnpm build\` first`);
  }
  const config = loadStackConfig();
  const url = config.testPortalUrl;
  const run = randomBytes(4).toString('hex');
  const natsUrl = stackEnv('NATS_BROWSER_TESTS_URL');
  await emptyAccount(natsUrl);
  const services = await startAllServices(run, portalEnv(config, url), {
    gatewayPort: Number(new URL(url).port),
    natsUrl,
  });
  await seedDemoData(
    config,
    { KEYCLOAK_ISSUER: stackEnv('KEYCLOAK_ISSUER'), ...services.grpcAddresses },
    () => undefined,
  );
  await fsp.mkdir(SCREENSHOT_DIR, { recursive: true });
  return { url, children: services.children };
}

/**
 * Deletes every stream of the browser tests' NATS account: the demo data is the same each run
 * (same round, same people), and a new consumer would otherwise replay an earlier run's events
 * into this run's databases. Only these tests use the account, one file at a time.
 */
async function emptyAccount(natsUrl: string): Promise<void> {
  const { username, password, host } = new URL(natsUrl);
  const nc = await connect({ servers: host, user: username, pass: password });
  try {
    const jsm = await jetstreamManager(nc);
    for await (const name of jsm.streams.names()) await jsm.streams.delete(name);
  } finally {
    await nc.close();
  }
}

export async function stopTestPortal(portal: TestPortal | undefined): Promise<void> {
  if (portal !== undefined) await Promise.all(portal.children.map(kill9));
}
