// The in-process integration tier (services/README.md): a service built through its app.ts in
// the test's own process, on the running stack's real MongoDB-wire server and NATS.
import { randomUUID } from 'node:crypto';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { DomainError } from '../../src/errors/domain-error.ts';
import type { OutboxWrite } from '../../src/events/outbox.ts';
import { createOutboxRelay } from '../../src/events/relay.ts';
import { ensureStream, type StreamSpec } from '../../src/events/streams.ts';
import { createLogger } from '../../src/logging/logger.ts';

/**
 * The servers as main.ts wires them: a fresh database (dropped by `close`), a NATS connection
 * with the service's streams declared, and the outbox relay over `outboxCollections`, whose nudge
 * is the app's `eventsWritten`. The relay is not started: a test starts it when it wants events.
 */
export async function inProcessServers(options: {
  readonly service: string;
  readonly streams: readonly StreamSpec[];
  readonly outboxCollections: readonly string[];
}) {
  // As connectServers does: the domains' unset optional fields must stay absent, not null.
  const mongo = await MongoClient.connect(stackEnv('MONGO_URL'), { ignoreUndefined: true });
  const nc = await connect({ servers: stackEnv('NATS_URL') });
  const jsm = await jetstreamManager(nc);
  for (const stream of options.streams) await ensureStream(jsm, stream);
  const js = jetstream(nc);
  const db = mongo.db(`${options.service}_in_process_${randomUUID().slice(0, 8)}`);
  const logger = createLogger({ service: `${options.service}-in-process`, level: 'warn' });
  const relay = createOutboxRelay({ db, collections: options.outboxCollections, js, logger });
  return {
    db,
    nc,
    js,
    jsm,
    relay,
    logger,
    eventsWritten: (written: OutboxWrite) => {
      relay.nudge(written);
    },
    async close() {
      await relay.stop();
      await db.dropDatabase();
      await mongo.close();
      await nc.close();
    },
  };
}

export type InProcessServers = Awaited<ReturnType<typeof inProcessServers>>;

/** Ids in the order a test asks for them, unique to this run: `<prefix>-0001`, `<prefix>-0002`… */
export function sequentialIds(prefix = randomUUID().slice(0, 8)): () => string {
  let issued = 0;
  return () => `${prefix}-${String((issued += 1)).padStart(4, '0')}`;
}

/** The domain's refusal of a use case that must refuse; anything else fails the test. */
export async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}
