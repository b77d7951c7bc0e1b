import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { devClientSecret } from '@expertnet/infra';
import { kill9 } from './processes.ts';
import { serversEnv, startService } from './services.ts';

const base64Key = () => randomBytes(32).toString('base64');

type ServiceName =
  'nominations' | 'cohorts' | 'directory' | 'mentoring' | 'coordination' | 'gateway';

interface Running {
  child: ChildProcess;
  readonly port: number;
  readonly env: Record<string, string>;
}

/** How each service is told its port, and the line it logs once it takes requests. */
const PORT_VARIABLE: Readonly<Record<ServiceName, string>> = {
  nominations: 'NOMINATIONS_GRPC_PORT',
  cohorts: 'COHORTS_GRPC_PORT',
  directory: 'DIRECTORY_GRPC_PORT',
  mentoring: 'MENTORING_GRPC_PORT',
  coordination: 'COORDINATION_GRPC_PORT',
  gateway: 'EXPERTNET_GATEWAY_PORT',
};
const READY_LINE: Readonly<Record<ServiceName, string>> = {
  nominations: 'nominations serving',
  cohorts: 'cohorts serving',
  directory: 'directory serving',
  mentoring: 'mentoring serving',
  coordination: 'coordination serving',
  gateway: 'gateway listening',
};

/**
 * Every service of the platform, each with its own databases named after `run` and durable
 * consumers of its own, and the gateway in front: what a cross-service test talks to. `kill`
 * SIGKILLs one, `revive` starts it again on the same port as a supervisor would; `children` are
 * every process started, for the caller to kill when done.
 */
export async function startAllServices(
  run: string,
  gatewayEnv: Record<string, string> = {},
  options: { readonly gatewayPort?: number; readonly natsUrl?: string } = {},
) {
  const servers = {
    ...serversEnv(),
    ...(options.natsUrl === undefined ? {} : { NATS_URL: options.natsUrl }),
  };
  const children: ChildProcess[] = [];
  const running = new Map<ServiceName, Running>();
  const start = async (name: ServiceName, env: Record<string, string>, port = 0) => {
    const started = await startService(
      name,
      { ...env, [PORT_VARIABLE[name]]: String(port) },
      READY_LINE[name],
    );
    children.push(started.child);
    running.set(name, { child: started.child, port: started.port, env });
    return started.port;
  };
  const address = (port: number) => `127.0.0.1:${String(port)}`;
  const cohortsDurable = `cohorts-e2e-${run}`;
  const nominations = await start('nominations', {
    ...servers,
    NOMINATIONS_DB: `nominations_e2e_${run}`,
    NOMINATIONS_NATIONAL_ID_KEY: base64Key(),
  });
  const cohorts = await start('cohorts', {
    ...servers,
    COHORTS_DB: `cohorts_e2e_${run}`,
    COHORTS_NOMINATIONS_DURABLE: cohortsDurable,
    COHORTS_CHECKIN_KEY: base64Key(),
    COHORTS_CERTIFICATE_PRIVATE_KEY: base64Key(),
    COHORTS_CERTIFICATE_VERIFY_URL: 'https://expertnet.vn/verify',
  });
  const directory = await start('directory', {
    ...servers,
    DIRECTORY_DB: `directory_e2e_${run}`,
    DIRECTORY_COHORTS_DURABLE: `directory-e2e-${run}`,
  });
  const mentoring = await start('mentoring', {
    ...servers,
    MENTORING_DB: `mentoring_e2e_${run}`,
    MENTORING_DIRECTORY_DURABLE: `mentoring-pool-e2e-${run}`,
    MENTORING_COHORTS_DURABLE: `mentoring-trainees-e2e-${run}`,
    MENTORING_NOMINATIONS_DURABLE: `mentoring-conflicts-e2e-${run}`,
  });
  const coordination = await start('coordination', {
    ...servers,
    COORDINATION_DB: `coordination_e2e_${run}`,
    COORDINATION_DIRECTORY_DURABLE: `coordination-experts-e2e-${run}`,
    COORDINATION_NOMINATIONS_DURABLE: `coordination-kpi-nominations-e2e-${run}`,
    COORDINATION_COHORTS_DURABLE: `coordination-kpi-cohorts-e2e-${run}`,
    COORDINATION_MENTORING_DURABLE: `coordination-kpi-mentoring-e2e-${run}`,
    DIRECTORY_GRPC_ADDRESS: address(directory),
    COORDINATION_CLIENT_SECRET: devClientSecret('svc-coordination'),
  });
  const gateway = await start(
    'gateway',
    {
      ...servers,
      NOMINATIONS_GRPC_ADDRESS: address(nominations),
      COHORTS_GRPC_ADDRESS: address(cohorts),
      DIRECTORY_GRPC_ADDRESS: address(directory),
      MENTORING_GRPC_ADDRESS: address(mentoring),
      COORDINATION_GRPC_ADDRESS: address(coordination),
      GATEWAY_CLIENT_SECRET: 'dev-only-gateway-secret',
      ...gatewayEnv,
    },
    options.gatewayPort,
  );
  return {
    children,
    gatewayUrl: `http://${address(gateway)}`,
    /** Each service's gRPC address, for scripts that call them directly (the demo seeds). */
    grpcAddresses: {
      NOMINATIONS_GRPC_ADDRESS: address(nominations),
      COHORTS_GRPC_ADDRESS: address(cohorts),
      DIRECTORY_GRPC_ADDRESS: address(directory),
      MENTORING_GRPC_ADDRESS: address(mentoring),
      COORDINATION_GRPC_ADDRESS: address(coordination),
    },
    cohortsDurable,
    async kill(name: ServiceName) {
      const victim = running.get(name)?.child;
      if (victim !== undefined) await kill9(victim);
    },
    async revive(name: ServiceName) {
      const { port, env } = running.get(name) ?? {};
      if (port !== undefined && env !== undefined) await start(name, env, port);
    },
  };
}
