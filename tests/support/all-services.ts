import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { serversEnv, startService } from './services.ts';

const base64Key = () => randomBytes(32).toString('base64');

/**
 * Every service of the platform, each with its own databases named after `run` and durable
 * consumers of its own, and the gateway in front: what a cross-service test talks to. The
 * caller kills `children` when done.
 */
export async function startAllServices(run: string, gatewayEnv: Record<string, string> = {}) {
  const children: ChildProcess[] = [];
  const nominations = await startService(
    'nominations',
    {
      ...serversEnv(),
      NOMINATIONS_DB: `nominations_e2e_${run}`,
      NOMINATIONS_GRPC_PORT: '0',
      NOMINATIONS_NATIONAL_ID_KEY: base64Key(),
    },
    'nominations serving',
  );
  children.push(nominations.child);
  const cohortsDurable = `cohorts-e2e-${run}`;
  const cohorts = await startService(
    'cohorts',
    {
      ...serversEnv(),
      COHORTS_DB: `cohorts_e2e_${run}`,
      COHORTS_GRPC_PORT: '0',
      COHORTS_NOMINATIONS_DURABLE: cohortsDurable,
      COHORTS_CHECKIN_KEY: base64Key(),
      COHORTS_CERTIFICATE_PRIVATE_KEY: base64Key(),
      COHORTS_CERTIFICATE_VERIFY_URL: 'https://expertnet.vn/verify',
    },
    'cohorts serving',
  );
  children.push(cohorts.child);
  const directory = await startService(
    'directory',
    {
      ...serversEnv(),
      DIRECTORY_DB: `directory_e2e_${run}`,
      DIRECTORY_GRPC_PORT: '0',
      DIRECTORY_COHORTS_DURABLE: `directory-e2e-${run}`,
    },
    'directory serving',
  );
  children.push(directory.child);
  const gateway = await startService(
    'gateway',
    {
      ...serversEnv(),
      EXPERTNET_GATEWAY_PORT: '0',
      NOMINATIONS_GRPC_ADDRESS: `127.0.0.1:${String(nominations.port)}`,
      COHORTS_GRPC_ADDRESS: `127.0.0.1:${String(cohorts.port)}`,
      DIRECTORY_GRPC_ADDRESS: `127.0.0.1:${String(directory.port)}`,
      GATEWAY_CLIENT_SECRET: 'dev-only-gateway-secret',
      ...gatewayEnv,
    },
    'gateway listening',
  );
  children.push(gateway.child);
  return { children, gatewayUrl: `http://127.0.0.1:${String(gateway.port)}`, cohortsDurable };
}
