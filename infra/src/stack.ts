import fsp from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { portIsFree } from './commands.ts';
import { withProgress } from './progress.ts';
import { logTail, runningProcess, startProcess, stopProcess } from './processes.ts';
import { keycloakServer } from './servers/keycloak.ts';
import { mongoServer } from './servers/mongo.ts';
import { natsServer } from './servers/nats.ts';
import { postgresServer } from './servers/postgres.ts';
import type { Server } from './servers/server.ts';
import { applicationServers } from './servers/services.ts';
import { stackPaths, type StackConfig } from './stack-config.ts';

/** `not ready: <reasons>`: running, but a dependency it needs is unreachable (readiness). */
export type ServerState = 'healthy' | 'starting' | 'stopped' | 'external' | `not ready: ${string}`;

export interface ServerStatus {
  readonly name: string;
  readonly state: ServerState;
  readonly pid: number | undefined;
  readonly env: Readonly<Record<string, string>>;
}

export interface UpResult {
  /** Servers this call started (the others were already running or are external). */
  readonly started: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** The servers the platform stands on: what tests need. */
async function infrastructure(config: StackConfig): Promise<Server[]> {
  const mongo = await mongoServer(config);
  const storage = mongo.after === 'postgres' ? [await postgresServer(config)] : [];
  return [await natsServer(config), ...storage, mongo, await keycloakServer(config)];
}

/** Infrastructure, then the platform's services on top of it (in start order). */
async function servers(config: StackConfig): Promise<Server[]> {
  const base = await infrastructure(config);
  return [...base, ...applicationServers(config, stackEnv(base))];
}

const files = (config: StackConfig, server: Server) => ({
  pid: path.join(stackPaths(config).pids, `${server.name}.pid`),
  log: path.join(stackPaths(config).logs, `${server.name}.log`),
});

/** Starts what is not running and returns once every server is healthy; idempotent. */
export async function up(config: StackConfig, report: (line: string) => void): Promise<UpResult> {
  const { logs, pids } = stackPaths(config);
  await Promise.all([logs, pids].map((dir) => fsp.mkdir(dir, { recursive: true })));
  const all = await infrastructure(config);
  // In parallel, except that a server waits for the one it runs `after`.
  const started = new Map<string, Promise<boolean>>();
  for (const server of all) {
    const before = server.after === undefined ? undefined : started.get(server.after);
    started.set(
      server.name,
      (before ?? Promise.resolve(true)).then(() => bringUp(config, server, report)),
    );
  }
  const results = await Promise.allSettled([...started.values()]);
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [String(result.reason)] : [],
  );
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
  const env = stackEnv(all);
  await fsp.writeFile(path.join(config.stateDir, 'env'), formatEnv(env));
  const names = results.flatMap((result, index) =>
    result.status === 'fulfilled' && result.value ? [all[index]?.name ?? ''] : [],
  );
  return { started: names, env };
}

/**
 * The whole platform: the infrastructure (as `up`), then each service in order, since the gateway
 * calls nominations. Idempotent like `up`.
 */
export async function upPlatform(
  config: StackConfig,
  report: (line: string) => void,
): Promise<UpResult> {
  const base = await up(config, report);
  const started = [...base.started];
  for (const server of applicationServers(config, base.env)) {
    if (await bringUp(config, server, report)) started.push(server.name);
  }
  const env = stackEnv(await servers(config));
  await fsp.writeFile(path.join(config.stateDir, 'env'), formatEnv(env));
  return { started, env };
}

/** Brings one server up; true when this call started it. */
async function bringUp(
  config: StackConfig,
  server: Server,
  report: (line: string) => void,
): Promise<boolean> {
  const { pid: pidFile, log: logFile } = files(config, server);
  const began = Date.now();
  const running = await runningProcess(pidFile);
  if (running === undefined) {
    for (const port of server.ports) {
      if (!(await portIsFree(config.host, port))) {
        throw new Error(
          `${server.name}: port ${port} on ${config.host} is taken by a process this stack did not ` +
            `start; stop it or choose another port (see README, "Ports")`,
        );
      }
    }
  }
  let launch;
  try {
    launch =
      running === undefined
        ? await withProgress(
            report,
            `${server.name}: installing or building what is missing (log ${path.relative(config.rootDir, logFile)})`,
            () => server.prepare(logFile),
          )
        : undefined;
  } catch (error) {
    throw new Error(`${server.name}: install failed: ${String(error)}`, { cause: error });
  }
  if (launch !== undefined) {
    await startProcess({ ...launch, logFile, pidFile });
    report(`${server.name}: started (log ${path.relative(config.rootDir, logFile)})`);
  }
  await waitHealthy(server, pidFile, logFile, launch !== undefined || running !== undefined);
  report(`${server.name}: healthy after ${((Date.now() - began) / 1000).toFixed(1)} s`);
  return launch !== undefined;
}

/**
 * Polls the health check until it passes. Fails at once when our process has died, or at the
 * server's deadline, naming the server and showing the end of its log.
 */
export async function waitHealthy(
  server: Pick<Server, 'name' | 'isHealthy' | 'startTimeoutMs'>,
  pidFile: string,
  logFile: string,
  ownProcess: boolean,
): Promise<void> {
  const deadline = Date.now() + server.startTimeoutMs;
  for (;;) {
    if (await server.isHealthy()) return;
    const failure =
      ownProcess && (await runningProcess(pidFile)) === undefined
        ? 'its process exited'
        : Date.now() > deadline
          ? `not healthy after ${server.startTimeoutMs / 1000} s`
          : undefined;
    if (failure !== undefined) {
      throw new Error(
        `${server.name} did not come up: ${failure}. Last lines of ${logFile}:\n` +
          (await logTail(logFile)),
      );
    }
    await sleep(500);
  }
}

/**
 * Stops exactly the processes this stack started (by pid file, never by name); `only` narrows
 * it to some servers, e.g. those a test run started itself.
 */
export async function down(
  config: StackConfig,
  report: (line: string) => void,
  only?: readonly string[],
): Promise<void> {
  const chosen = (await servers(config)).filter((server) => only?.includes(server.name) ?? true);
  const stop = async (server: Server) => {
    const stopped = await stopProcess(files(config, server).pid);
    report(`${server.name}: ${stopped ? 'stopped' : 'was not running'}`);
  };
  // Services first, so none of them spends its shutdown retrying a server already gone.
  const infra = await infrastructure(config);
  const isInfra = (server: Server) => infra.some((base) => base.name === server.name);
  await Promise.all(chosen.filter((server) => !isInfra(server)).map(stop));
  await Promise.all(chosen.filter(isInfra).map(stop));
}

export async function status(config: StackConfig): Promise<ServerStatus[]> {
  const notReady = await servicesNotReady(config);
  return Promise.all(
    (await servers(config)).map(async (server) => {
      const running = await runningProcess(files(config, server).pid);
      const healthy = await server.isHealthy();
      const reasons = notReady.get(server.name);
      const state: ServerState =
        server.ports.length === 0
          ? 'external'
          : running === undefined
            ? 'stopped'
            : !healthy
              ? 'starting'
              : reasons === undefined
                ? 'healthy'
                : `not ready: ${reasons.join(', ')}`;
      return { name: server.name, state, pid: running?.pid, env: server.env };
    }),
  );
}

/**
 * The services that run but cannot do their work, and why, as the gateway's readiness check
 * reports them (each service's gRPC health, dependency by dependency). Empty without a gateway.
 */
async function servicesNotReady(config: StackConfig): Promise<Map<string, string[]>> {
  const notReady = new Map<string, string[]>();
  try {
    const response = await fetch(`${config.portalUrl}/healthz`, {
      signal: AbortSignal.timeout(3_000),
    });
    const { services = {} } = (await response.json()) as {
      services?: Record<string, { serving: boolean; unreachable: string[] }>;
    };
    for (const [name, health] of Object.entries(services)) {
      if (!health.serving) notReady.set(name, health.unreachable);
    }
  } catch {
    // No gateway running: nothing to say about readiness.
  }
  return notReady;
}

export async function currentEnv(config: StackConfig): Promise<Record<string, string>> {
  return stackEnv(await servers(config));
}

function stackEnv(all: readonly Server[]): Record<string, string> {
  return Object.assign({}, ...all.map((server) => server.env)) as Record<string, string>;
}

export function formatEnv(env: Readonly<Record<string, string>>): string {
  return Object.entries(env)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
}

export function logFiles(config: StackConfig): Promise<{ name: string; file: string }[]> {
  return servers(config).then((all) =>
    all.map((server) => ({ name: server.name, file: files(config, server).log })),
  );
}

/** Stops the stack and wipes its state (data, logs, pids); downloaded tools stay. */
export async function reset(config: StackConfig, report: (line: string) => void): Promise<void> {
  await down(config, report);
  await fsp.rm(config.stateDir, { recursive: true, force: true });
  report(`removed ${config.stateDir}`);
}
