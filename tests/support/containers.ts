// The servers tests need (NATS with JetStream, a MongoDB-wire server, Keycloak with the project's
// realms) as containers, through testcontainers, where a Docker engine is reachable. On the
// project's machines the engine has only the host network (INFRA-NOTES): every container runs
// with network mode `host` on fixed loopback ports of its own (apart from the development stack,
// the compose deployment and each other), readiness is polled on 127.0.0.1, Ryuk is off (it
// needs a mapped port) and the images are the ones built here (deploy/docker/servers/build.sh).
// Elsewhere the same code runs the official images: the image names are configuration.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PLATFORM_AUDIENCE, renderRealms } from '@expertnet/infra';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ContainerServers {
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PORTS = {
  nats: port('EXPERTNET_CONTAINERS_NATS_PORT', 26222),
  mongo: port('EXPERTNET_CONTAINERS_MONGO_PORT', 26017),
  keycloak: port('EXPERTNET_CONTAINERS_KEYCLOAK_PORT', 26080),
  keycloakManagement: port('EXPERTNET_CONTAINERS_KEYCLOAK_MANAGEMENT_PORT', 26090),
};
const IMAGES = {
  nats: process.env.EXPERTNET_NATS_IMAGE ?? 'expertnet/nats:dev',
  mongo: process.env.EXPERTNET_MONGO_IMAGE ?? 'expertnet/ferretdb:dev',
  keycloak: process.env.EXPERTNET_KEYCLOAK_IMAGE ?? 'expertnet/keycloak:dev',
};

/** Debian's docker.io client where installed (the engine's own), else whatever is on PATH. */
const DOCKER_CLI = fs.existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';

/** A Docker engine that answers: DOCKER_HOST, or the default socket. */
export function dockerEngineReachable(): boolean {
  const host = process.env.DOCKER_HOST;
  if (host === undefined && !fs.existsSync('/var/run/docker.sock')) return false;
  try {
    execFileSync(DOCKER_CLI, ['version', '--format', '{{.Server.Version}}'], {
      stdio: 'ignore',
      timeout: 10_000,
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure a Docker engine answers: starts the checkout's own dockerd when none does (installing
 * Debian's docker.io if needed) and sets DOCKER_HOST for testcontainers and the scripts.
 */
export function prepareEngine(report: (line: string) => void): void {
  if (!dockerEngineReachable()) {
    const line = execFileSync(
      'bash',
      [path.join(ROOT, 'deploy/scripts/docker-daemon.sh'), 'start'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    ).trim();
    process.env.DOCKER_HOST = line.replace(/^DOCKER_HOST=/, '');
  }
  report(
    `containers: Docker engine at ${process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock'}`,
  );
}

/** The engine (prepareEngine) and the server images, built once (cached). */
export function prepareServerImages(report: (line: string) => void): void {
  prepareEngine(report);
  const started = Date.now();
  execFileSync('bash', [path.join(ROOT, 'deploy/scripts/build-images.sh'), '--servers-only'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
  report(
    `containers: server images ready in ${String(Math.round((Date.now() - started) / 1000))} s`,
  );
}

async function until(what: string, timeoutMs: number, check: () => Promise<boolean>) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline)
      throw new Error(`containers: ${what} not ready within ${String(timeoutMs)} ms`);
    await sleep(250);
  }
}

const answersTcp = (tcpPort: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(tcpPort, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });

const answersHttp = async (url: string) => (await fetch(url)).ok;

/** Starts the three servers as containers and returns the variables tests read (stackEnv). */
export async function startContainerServers(
  report: (line: string) => void,
): Promise<ContainerServers> {
  // Host networking cannot map the port Ryuk needs; this VM's /.dockerenv would send
  // testcontainers looking for a bridge network without the host override.
  process.env.TESTCONTAINERS_RYUK_DISABLED = 'true';
  process.env.TESTCONTAINERS_HOST_OVERRIDE = '127.0.0.1';
  const { GenericContainer } = await import('testcontainers');
  // Leftovers of a run that ended without its teardown hold the ports: remove them.
  const leftovers = execFileSync(
    DOCKER_CLI,
    ['ps', '--all', '--quiet', '--filter', 'label=org.expertnet.tests=containers'],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter((id) => id !== '');
  if (leftovers.length > 0) {
    execFileSync(DOCKER_CLI, ['rm', '--force', ...leftovers], { stdio: 'ignore' });
  }
  for (const [name, used] of Object.entries(PORTS)) {
    if (await answersTcp(used))
      throw new Error(`containers: port ${String(used)} (${name}) is taken`);
  }

  const realms = fs.mkdtempSync(path.join(os.tmpdir(), 'expertnet-realms-'));
  const keycloakUrl = `http://127.0.0.1:${String(PORTS.keycloak)}`;
  await renderRealms(
    { keycloakUrl, portalUrl: 'http://127.0.0.1:26088', testPortalUrl: 'http://127.0.0.1:26098' },
    realms,
  );
  fs.chmodSync(realms, 0o755);
  for (const file of fs.readdirSync(realms)) fs.chmodSync(path.join(realms, file), 0o644);

  const labels = { 'org.expertnet.tests': 'containers' };
  const started = Date.now();
  const [nats, mongo, keycloak] = await Promise.all([
    new GenericContainer(IMAGES.nats)
      .withNetworkMode('host')
      .withLabels(labels)
      .withCommand([
        '--jetstream',
        '--store_dir=/data',
        '--addr=127.0.0.1',
        `--port=${String(PORTS.nats)}`,
      ])
      .start(),
    new GenericContainer(IMAGES.mongo)
      .withNetworkMode('host')
      .withLabels(labels)
      .withCommand([
        '--bind_ip',
        '127.0.0.1',
        '--port',
        String(PORTS.mongo),
        '--dbpath',
        '/data/db',
      ])
      .start(),
    new GenericContainer(IMAGES.keycloak)
      .withNetworkMode('host')
      .withLabels(labels)
      .withEnvironment({
        KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
        KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
      })
      .withBindMounts([{ source: realms, target: '/opt/keycloak/data/import', mode: 'ro' }])
      .withCommand([
        'start-dev',
        '--import-realm',
        '--http-host=127.0.0.1',
        `--http-port=${String(PORTS.keycloak)}`,
        `--http-management-port=${String(PORTS.keycloakManagement)}`,
        '--health-enabled=true',
      ])
      .start(),
  ]);
  const containers = [nats, mongo, keycloak];
  const stop = async () => {
    await Promise.allSettled(containers.map((container) => container.stop({ remove: true })));
    fs.rmSync(realms, { recursive: true, force: true });
  };
  try {
    await Promise.all([
      until('NATS', 60_000, () => answersTcp(PORTS.nats)),
      until('the MongoDB-wire server', 60_000, () => answersTcp(PORTS.mongo)),
      until('Keycloak', 240_000, () =>
        answersHttp(`${keycloakUrl}/realms/expertnet/.well-known/openid-configuration`),
      ),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  report(
    `containers: ${IMAGES.nats}, ${IMAGES.mongo}, ${IMAGES.keycloak} ready in ${String(Math.round((Date.now() - started) / 1000))} s`,
  );
  return {
    env: {
      NATS_URL: `nats://127.0.0.1:${String(PORTS.nats)}`,
      MONGO_URL: `mongodb://127.0.0.1:${String(PORTS.mongo)}/`,
      MONGO_SERVER: 'container',
      KEYCLOAK_URL: keycloakUrl,
      KEYCLOAK_ISSUER: `${keycloakUrl}/realms/expertnet`,
      KEYCLOAK_AUDIENCE: PLATFORM_AUDIENCE,
    },
    stop,
  };
}
