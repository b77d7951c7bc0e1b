import { createHash } from 'node:crypto';
import path from 'node:path';
import { httpOk, portIsFree } from '../commands.ts';
import type { StackConfig } from '../stack-config.ts';
import { devClientSecret } from '../../keycloak/expertnet.realm.ts';
import { PORTAL_IDENTITY_PROVIDERS } from '../../keycloak/ministry-demo.realm.ts';
import type { Server } from './server.ts';

/**
 * The platform's own services, started like production starts them: Node with the telemetry
 * hook and the service's main.ts, configured only by environment (the servers' env plus theirs).
 */
export function applicationServers(
  config: StackConfig,
  serversEnv: Readonly<Record<string, string>>,
): Server[] {
  const { host } = config;
  const {
    nominationsPort,
    cohortsPort,
    directoryPort,
    mentoringPort,
    coordinationPort,
    gatewayPort,
  } = config.services;
  const nominationsAddress = `${host}:${nominationsPort}`;
  const cohortsAddress = `${host}:${cohortsPort}`;
  const directoryAddress = `${host}:${directoryPort}`;
  const mentoringAddress = `${host}:${mentoringPort}`;
  const coordinationAddress = `${host}:${coordinationPort}`;
  return [
    service(config, 'nominations', {
      env: {
        ...serversEnv,
        NOMINATIONS_GRPC_HOST: host,
        NOMINATIONS_GRPC_PORT: String(nominationsPort),
        // Development only: production reads the key from a secret store.
        NOMINATIONS_NATIONAL_ID_KEY: devKey('dev-only-nominations-national-id-key'),
      },
      exports: { NOMINATIONS_GRPC_ADDRESS: nominationsAddress },
      port: nominationsPort,
      isHealthy: async () => !(await portIsFree(host, nominationsPort)),
    }),
    service(config, 'cohorts', {
      env: {
        ...serversEnv,
        COHORTS_GRPC_HOST: host,
        COHORTS_GRPC_PORT: String(cohortsPort),
        // Development only, like the national-ID key: production reads both from a secret store.
        COHORTS_CHECKIN_KEY: devKey('dev-only-cohorts-check-in-key'),
        COHORTS_CERTIFICATE_PRIVATE_KEY: devKey('dev-only-certificate-seed'),
        // The portal page a certificate's QR code opens: a person reads the answer, not JSON.
        COHORTS_CERTIFICATE_VERIFY_URL: `${config.portalUrl}/verify`,
      },
      exports: { COHORTS_GRPC_ADDRESS: cohortsAddress },
      port: cohortsPort,
      isHealthy: async () => !(await portIsFree(host, cohortsPort)),
    }),
    service(config, 'directory', {
      env: {
        ...serversEnv,
        DIRECTORY_GRPC_HOST: host,
        DIRECTORY_GRPC_PORT: String(directoryPort),
      },
      exports: { DIRECTORY_GRPC_ADDRESS: directoryAddress },
      port: directoryPort,
      isHealthy: async () => !(await portIsFree(host, directoryPort)),
    }),
    service(config, 'mentoring', {
      env: {
        ...serversEnv,
        MENTORING_GRPC_HOST: host,
        MENTORING_GRPC_PORT: String(mentoringPort),
      },
      exports: { MENTORING_GRPC_ADDRESS: mentoringAddress },
      port: mentoringPort,
      isHealthy: async () => !(await portIsFree(host, mentoringPort)),
    }),
    service(config, 'coordination', {
      env: {
        ...serversEnv,
        COORDINATION_GRPC_HOST: host,
        COORDINATION_GRPC_PORT: String(coordinationPort),
        DIRECTORY_GRPC_ADDRESS: directoryAddress,
        // The demo realm's development secret (infra/keycloak); production reads it from a secret.
        COORDINATION_CLIENT_SECRET: devClientSecret('svc-coordination'),
      },
      exports: { COORDINATION_GRPC_ADDRESS: coordinationAddress },
      port: coordinationPort,
      isHealthy: async () => !(await portIsFree(host, coordinationPort)),
    }),
    service(config, 'gateway', {
      env: {
        ...serversEnv,
        EXPERTNET_GATEWAY_HOST: host,
        EXPERTNET_GATEWAY_PORT: String(gatewayPort),
        NOMINATIONS_GRPC_ADDRESS: nominationsAddress,
        COHORTS_GRPC_ADDRESS: cohortsAddress,
        DIRECTORY_GRPC_ADDRESS: directoryAddress,
        MENTORING_GRPC_ADDRESS: mentoringAddress,
        COORDINATION_GRPC_ADDRESS: coordinationAddress,
        // The demo realm's development secret (infra/keycloak); production reads it from a secret.
        GATEWAY_CLIENT_SECRET: devClientSecret('gateway'),
        ...portalEnv(config, config.portalUrl),
      },
      exports: { GATEWAY_URL: config.portalUrl },
      port: gatewayPort,
      // Liveness: /healthz (readiness) also fails while a service behind it cannot work.
      isHealthy: () => httpOk(`${config.portalUrl}/livez`),
    }),
  ];
}

/**
 * What the gateway needs to serve the portal (built by `pnpm build`) at `portalUrl` and sign
 * browsers in there; the browser tests' gateway takes the same with their own URL.
 */
export function portalEnv(config: StackConfig, portalUrl: string): Record<string, string> {
  return {
    EXPERTNET_PORTAL_DIR: path.join(config.rootDir, 'services', 'portal', 'dist'),
    EXPERTNET_PORTAL_URL: portalUrl,
    EXPERTNET_PORTAL_IDENTITY_PROVIDERS: JSON.stringify(PORTAL_IDENTITY_PROVIDERS),
  };
}

/** 32 bytes of a development secret, base64: the form the services' key variables take. */
const devKey = (label: string) => createHash('sha256').update(label).digest().toString('base64');

function service(
  config: StackConfig,
  name: string,
  spec: {
    env: Record<string, string>;
    exports: Record<string, string>;
    port: number;
    isHealthy: () => Promise<boolean>;
  },
): Server {
  return {
    name,
    env: spec.exports,
    ports: [spec.port],
    startTimeoutMs: 60_000,
    // Under the stack's supervisor, which starts a service that dies again (Kubernetes does it in
    // production); the pid file records the supervisor, and stopping its group stops both.
    prepare: () =>
      Promise.resolve({
        file: process.execPath,
        args: [
          path.join(config.rootDir, 'infra', 'src', 'supervise.ts'),
          name,
          '--',
          process.execPath,
          ...['--import', '@expertnet/platform/telemetry/register', 'src/main.ts'],
        ],
        cwd: path.join(config.rootDir, 'services', name),
        env: { ...spec.env, OTEL_SERVICE_NAME: name },
      }),
    isHealthy: spec.isHealthy,
  };
}
