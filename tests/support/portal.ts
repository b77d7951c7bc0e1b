import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { loadStackConfig, portalEnv, seedDemoData } from '@expertnet/infra';
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
  const services = await startAllServices(run, portalEnv(config, url), Number(new URL(url).port));
  await seedDemoData(
    config,
    { KEYCLOAK_ISSUER: stackEnv('KEYCLOAK_ISSUER'), ...services.grpcAddresses },
    () => undefined,
  );
  await fsp.mkdir(SCREENSHOT_DIR, { recursive: true });
  return { url, children: services.children };
}

export async function stopTestPortal(portal: TestPortal | undefined): Promise<void> {
  if (portal !== undefined) await Promise.all(portal.children.map(kill9));
}
