import fsp from 'node:fs/promises';
import path from 'node:path';
import { exists, httpOk, run } from '../commands.ts';
import { stackPaths, type StackConfig } from '../stack-config.ts';
import { PLATFORM_AUDIENCE, REALMS, renderRealms, TEST_CLIENT_ID } from './keycloak-realms.ts';
import type { Server } from './server.ts';

/**
 * Build-time options of the optimized server. An optimized start skips Quarkus'
 * re-augmentation, which takes most of a cold start on two cores.
 */
const BUILD_OPTIONS = ['--db=dev-file', '--health-enabled=true'];

/** Keycloak 26 from Maven Central on the machine's Java 17, realms imported from infra/keycloak. */
export async function keycloakServer(config: StackConfig): Promise<Server> {
  const { host, keycloak } = config;
  const url = `http://${host}:${keycloak.port}`;
  const managementUrl = `http://${host}:${keycloak.managementPort}`;
  const dataDir = path.join(stackPaths(config).data, 'keycloak');
  return Promise.resolve({
    name: 'keycloak',
    env: {
      KEYCLOAK_URL: url,
      KEYCLOAK_REALM: REALMS.platform,
      KEYCLOAK_BROKER_REALM: REALMS.ministry,
      KEYCLOAK_ISSUER: `${url}/realms/${REALMS.platform}`,
      KEYCLOAK_AUDIENCE: PLATFORM_AUDIENCE,
      KEYCLOAK_TEST_CLIENT_ID: TEST_CLIENT_ID,
      // The portal client's redirect URIs point here (the gateway serves the portal).
      PORTAL_URL: config.portalUrl,
      TEST_PORTAL_URL: config.testPortalUrl,
    },
    ports: [keycloak.port, keycloak.managementPort],
    // The first start imports both realms; on two cores that alone takes a minute.
    startTimeoutMs: 240_000,
    async prepare(logFile) {
      const home = await installKeycloak(config, logFile);
      await linkDataDir(home, dataDir);
      await renderRealms(
        { keycloakUrl: url, portalUrl: config.portalUrl, testPortalUrl: config.testPortalUrl },
        path.join(dataDir, 'import'),
      );
      return {
        file: path.join(home, 'bin', 'kc.sh'),
        args: [
          'start',
          '--optimized',
          '--http-enabled=true',
          `--http-host=${host}`,
          `--http-port=${keycloak.port}`,
          `--http-management-port=${keycloak.managementPort}`,
          // One spelling of the host everywhere, or token issuers stop matching.
          `--hostname=${url}`,
          '--import-realm',
        ],
        env: {
          KC_BOOTSTRAP_ADMIN_USERNAME: keycloak.adminUser,
          KC_BOOTSTRAP_ADMIN_PASSWORD: keycloak.adminPassword,
        },
      };
    },
    async isHealthy() {
      const checks = await Promise.all([
        httpOk(`${managementUrl}/health/ready`),
        ...Object.values(REALMS).map((realm) =>
          httpOk(`${url}/realms/${realm}/.well-known/openid-configuration`),
        ),
      ]);
      return checks.every(Boolean);
    },
  });
}

async function installKeycloak(config: StackConfig, logFile: string): Promise<string> {
  const { version } = config.keycloak;
  const { downloads } = stackPaths(config);
  const home = path.join(config.toolsDir, `keycloak-${version}`);
  if (!(await exists(path.join(home, 'bin', 'kc.sh')))) {
    // Maven keeps the 200 MB archive in its own repository, so a re-install downloads nothing.
    await run(
      'mvn',
      [
        '-B',
        '-q',
        'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy',
        `-Dartifact=org.keycloak:keycloak-quarkus-dist:${version}:tar.gz`,
        `-DoutputDirectory=${downloads}`,
      ],
      { logFile },
    );
    const archive = path.join(downloads, `keycloak-quarkus-dist-${version}.tar.gz`);
    await run('tar', ['-xzf', archive, '-C', config.toolsDir], { logFile });
    await fsp.rm(archive);
  }
  const stamp = path.join(home, '.expertnet-build');
  const built = (await exists(stamp)) ? await fsp.readFile(stamp, 'utf8') : '';
  if (built !== BUILD_OPTIONS.join(' ')) {
    await run(path.join(home, 'bin', 'kc.sh'), ['build', ...BUILD_OPTIONS], { logFile });
    await fsp.writeFile(stamp, BUILD_OPTIONS.join(' '));
  }
  return home;
}

/**
 * Keycloak keeps its dev-file database and its realm import folder under <home>/data; pointing
 * that at the stack's state folder keeps the binaries reusable and lets `reset` wipe the data.
 */
async function linkDataDir(home: string, dataDir: string): Promise<void> {
  await fsp.mkdir(dataDir, { recursive: true });
  const link = path.join(home, 'data');
  const current = await fsp.readlink(link).catch(() => undefined);
  if (current === dataDir) return;
  await fsp.rm(link, { recursive: true, force: true });
  await fsp.symlink(dataDir, link);
}
