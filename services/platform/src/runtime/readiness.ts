import type { NatsConnection } from '@nats-io/transport-node';
import type { MongoClient } from 'mongodb';
import type { Logger } from 'pino';

/** What a service needs to do its work; while one is unreachable it is not ready. */
export type Dependency = 'nats' | 'database';

/** The gRPC health service name under which each dependency's state is reported. */
export const DEPENDENCY_HEALTH_NAMES: Readonly<Record<Dependency, string>> = {
  nats: 'expertnet.dependency.nats',
  database: 'expertnet.dependency.database',
};

export interface Readiness {
  /** The dependencies it cannot reach now; empty while all are reachable. */
  readonly unreachable: ReadonlySet<Dependency>;
  down(dependency: Dependency): void;
  up(dependency: Dependency): void;
  /** Called on every change, and at once with the current state. */
  watch(listener: (dependency: Dependency, reachable: boolean) => void): void;
}

/**
 * Readiness, kept apart from liveness: a service whose process runs but cannot reach NATS or its
 * database reports NOT_SERVING (gRPC health) with the dependency, so the gateway's /healthz and
 * `stack status` can say why, and an orchestrator stops sending it work without restarting it.
 */
export function createReadiness(): Readiness {
  const unreachable = new Set<Dependency>();
  const listeners: ((dependency: Dependency, reachable: boolean) => void)[] = [];
  const notify = (dependency: Dependency) => {
    for (const listener of listeners) listener(dependency, !unreachable.has(dependency));
  };
  return {
    unreachable,
    down(dependency) {
      if (unreachable.has(dependency)) return;
      unreachable.add(dependency);
      notify(dependency);
    },
    up(dependency) {
      if (!unreachable.delete(dependency)) return;
      notify(dependency);
    },
    watch(listener) {
      listeners.push(listener);
      for (const dependency of Object.keys(DEPENDENCY_HEALTH_NAMES) as Dependency[]) {
        listener(dependency, !unreachable.has(dependency));
      }
    },
  };
}

/**
 * Follows the NATS connection: an outage is logged once when it starts and once when it ends,
 * with how long it lasted and how many reconnection attempts it took, not at every attempt.
 */
export function followNats(nc: NatsConnection, readiness: Readiness, logger: Logger): void {
  void (async () => {
    let since = 0;
    let attempts = 0;
    for await (const status of nc.status()) {
      if (status.type === 'disconnect') {
        since = Date.now();
        attempts = 0;
        readiness.down('nats');
        logger.warn('NATS unreachable: reconnecting until it returns; events wait in the outbox');
      } else if (status.type === 'reconnecting') {
        attempts += 1;
      } else if (status.type === 'reconnect') {
        readiness.up('nats');
        logger.info({ outageMs: Date.now() - since, attempts }, 'NATS reachable again');
      }
    }
  })();
}

/** Follows the database through the driver's heartbeats, logging an outage once each way. */
export function followDatabase(mongo: MongoClient, readiness: Readiness, logger: Logger): void {
  let since = 0;
  let failed = 0;
  mongo.on('serverHeartbeatFailed', () => {
    failed += 1;
    if (failed > 1) return;
    since = Date.now();
    readiness.down('database');
    logger.warn('database unreachable: requests that need it answer UNAVAILABLE until it returns');
  });
  mongo.on('serverHeartbeatSucceeded', () => {
    if (failed === 0) return;
    readiness.up('database');
    logger.info(
      { outageMs: Date.now() - since, failedHeartbeats: failed },
      'database reachable again',
    );
    failed = 0;
  });
}
