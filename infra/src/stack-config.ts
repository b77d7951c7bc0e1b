import path from 'node:path';

/** Where the stack keeps things and which loopback ports it uses; read once from the environment. */
export interface StackConfig {
  readonly rootDir: string;
  /** Downloaded and built binaries; kept across `reset`. */
  readonly toolsDir: string;
  /** Data, logs and pid files of the running stack; `reset` wipes it. */
  readonly stateDir: string;
  readonly host: string;
  /** Where the gateway will serve the portal; Keycloak's portal client redirects there. */
  readonly portalUrl: string;
  /** Where the browser tests' own gateway serves the portal (test data, never the platform's). */
  readonly testPortalUrl: string;
  readonly nats: { readonly version: string; readonly port: number; readonly monitorPort: number };
  readonly mongo: { readonly port: number; readonly externalUrl: string | undefined };
  readonly postgres: { readonly port: number };
  readonly services: {
    readonly nominationsPort: number;
    readonly cohortsPort: number;
    readonly directoryPort: number;
    readonly mentoringPort: number;
    readonly coordinationPort: number;
    readonly gatewayPort: number;
  };
  readonly keycloak: {
    readonly version: string;
    readonly port: number;
    readonly managementPort: number;
    readonly adminUser: string;
    readonly adminPassword: string;
  };
}

const rootDir = path.resolve(import.meta.dirname, '..', '..');

export function loadStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const problems: string[] = [];
  const port = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 65535) {
      problems.push(`${name}=${raw} is not a TCP port (1-65535)`);
    }
    return value;
  };
  const config: StackConfig = {
    rootDir,
    toolsDir: path.resolve(env.EXPERTNET_TOOLS_DIR ?? path.join(rootDir, '.tools')),
    stateDir: path.resolve(env.EXPERTNET_STATE_DIR ?? path.join(rootDir, '.stack')),
    // Loopback only: these are development servers with demo credentials.
    host: '127.0.0.1',
    portalUrl: `http://127.0.0.1:${port('EXPERTNET_GATEWAY_PORT', 18088)}`,
    testPortalUrl: `http://127.0.0.1:${port('EXPERTNET_TEST_PORTAL_PORT', 18098)}`,
    nats: {
      version: '2.14.9',
      port: port('EXPERTNET_NATS_PORT', 14222),
      monitorPort: port('EXPERTNET_NATS_MONITOR_PORT', 18222),
    },
    mongo: {
      port: port('EXPERTNET_MONGO_PORT', 27027),
      externalUrl: env.MONGO_URL === '' ? undefined : env.MONGO_URL,
    },
    postgres: { port: port('EXPERTNET_POSTGRES_PORT', 15432) },
    services: {
      nominationsPort: port('EXPERTNET_NOMINATIONS_PORT', 15061),
      cohortsPort: port('EXPERTNET_COHORTS_PORT', 15062),
      directoryPort: port('EXPERTNET_DIRECTORY_PORT', 15063),
      mentoringPort: port('EXPERTNET_MENTORING_PORT', 15064),
      coordinationPort: port('EXPERTNET_COORDINATION_PORT', 15065),
      gatewayPort: port('EXPERTNET_GATEWAY_PORT', 18088),
    },
    keycloak: {
      version: '26.7.3',
      port: port('EXPERTNET_KEYCLOAK_PORT', 18080),
      managementPort: port('EXPERTNET_KEYCLOAK_MANAGEMENT_PORT', 19000),
      adminUser: 'admin',
      adminPassword: 'admin',
    },
  };
  if (problems.length > 0) {
    throw new Error(`invalid stack configuration:\n  ${problems.join('\n  ')}`);
  }
  return Object.freeze(config);
}

export const stackPaths = (config: StackConfig) => ({
  logs: path.join(config.stateDir, 'logs'),
  pids: path.join(config.stateDir, 'run'),
  data: path.join(config.stateDir, 'data'),
  bin: path.join(config.toolsDir, 'bin'),
  downloads: path.join(config.toolsDir, 'downloads'),
});
