import fsp from 'node:fs/promises';
import path from 'node:path';
import { httpOk, which } from '../commands.ts';
import { installGoTool } from '../go-tools.ts';
import { stackPaths, type StackConfig } from '../stack-config.ts';
import { selectNatsBinary } from './backends.ts';
import type { Server } from './server.ts';

/**
 * The platform and the tests share the stack's NATS server but never its streams: each has its
 * own account, and JetStream keeps an account's streams and consumers to itself. The platform
 * connects with its credentials in NATS_URL; a connection without credentials is the tests'
 * (no_auth_user, NATS_TESTS_URL), so tests and benchmarks cannot reach the platform's streams
 * by accident. The browser tests run a whole platform on data of their own: their account
 * (NATS_BROWSER_TESTS_URL) is emptied before each such platform starts, so its consumers never
 * replay the events of an earlier run. Development credentials, on loopback only.
 */
const ACCOUNTS_CONFIG = `
accounts {
  PLATFORM { jetstream: enabled, users: [ { user: platform, password: platform } ] }
  TESTS { jetstream: enabled, users: [ { user: tests, password: tests } ] }
  BROWSER_TESTS { jetstream: enabled, users: [ { user: browser, password: browser } ] }
}
no_auth_user: tests
`;

/** NATS with JetStream (file storage), the monitoring endpoint on, and the accounts above. */
export async function natsServer(config: StackConfig): Promise<Server> {
  const { host, nats } = config;
  const paths = stackPaths(config);
  const monitorUrl = `http://${host}:${nats.monitorPort}`;
  return Promise.resolve({
    name: 'nats',
    env: {
      NATS_URL: `nats://platform:platform@${host}:${nats.port}`,
      NATS_TESTS_URL: `nats://${host}:${nats.port}`,
      NATS_BROWSER_TESTS_URL: `nats://browser:browser@${host}:${nats.port}`,
      NATS_MONITOR_URL: monitorUrl,
    },
    ports: [nats.port, nats.monitorPort],
    startTimeoutMs: 30_000,
    async prepare(logFile) {
      const binary = await installNatsServer(config, logFile);
      const dataDir = path.join(paths.data, 'nats');
      await fsp.mkdir(dataDir, { recursive: true });
      const accounts = path.join(dataDir, 'accounts.conf');
      await fsp.writeFile(accounts, ACCOUNTS_CONFIG);
      return {
        file: binary,
        args: [
          ...['--config', accounts],
          ...['--addr', host, '--port', String(nats.port), '--http_port', String(nats.monitorPort)],
          ...['--jetstream', '--store_dir', dataDir, '--server_name', 'expertnet-dev'],
        ],
      };
    },
    isHealthy: () => httpOk(`${monitorUrl}/healthz?js-enabled-only=true`),
  });
}

async function installNatsServer(config: StackConfig, logFile: string): Promise<string> {
  let built: string | undefined;
  let buildError: unknown;
  try {
    built = await installGoTool(
      config,
      {
        name: 'nats-server',
        pkg: 'github.com/nats-io/nats-server/v2',
        version: config.nats.version,
      },
      logFile,
    );
  } catch (error) {
    buildError = error;
  }
  const choice = selectNatsBinary({ built, onPath: await which('nats-server') });
  if (choice === undefined) {
    throw new Error(
      `cannot build nats-server ${config.nats.version} and none is on PATH ` +
        `(Debian's fallback: apt-get install nats-server): ${String(buildError)}`,
    );
  }
  if (!choice.pinned) {
    await fsp.appendFile(logFile, `using ${choice.binary}: the pinned build failed\n`);
  }
  return choice.binary;
}
