import type { GenService, GenServiceMethods } from '@bufbuild/protobuf/codegenv2';
import {
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient, type Db } from 'mongodb';
import type { Logger } from 'pino';
import { createTokenVerifier } from '../auth/token-verifier.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { createEventConsumer, type ProcessedEvent } from '../events/consumer.ts';
import { ensureStream, type StreamSpec } from '../events/streams.ts';
import type { ServiceHandlers } from '../grpc/handlers.ts';
import { createGrpcServer } from '../grpc/server.ts';
import { natsConnectionOptions } from './nats-options.ts';
import { createReadiness, followDatabase, followNats, type Readiness } from './readiness.ts';
import type { Lifecycle } from './run-service.ts';

/**
 * The servers every service talks to, connected at start and closed last at stop: MongoDB and
 * NATS, with the JetStream streams the service writes or reads declared (a consumer may start
 * before the producer ever has).
 */
export async function connectServers(
  lifecycle: Lifecycle,
  logger: Logger,
  options: {
    readonly name: string;
    readonly mongoUrl: string;
    readonly natsUrl: string;
    readonly streams: readonly StreamSpec[];
  },
) {
  const readiness = createReadiness();
  const mongo = new MongoClient(options.mongoUrl, {
    // The domains' optional fields are undefined when unset; stored, they must stay absent.
    ignoreUndefined: true,
    // With the database down, a request fails in seconds with UNAVAILABLE, not at the caller's
    // deadline; heartbeats notice the outage and the return in about as long.
    serverSelectionTimeoutMS: 3_000,
    heartbeatFrequencyMS: 2_000,
  });
  followDatabase(mongo, readiness, logger);
  await mongo.connect();
  lifecycle.onStop('mongo', () => mongo.close());
  const nc = await connect({
    ...natsConnectionOptions(options.natsUrl),
    name: options.name,
    // ADR 6: reconnect for as long as it takes, every 1 to 2 s; events wait in the outbox.
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    reconnectJitter: 1_000,
  });
  followNats(nc, readiness, logger);
  lifecycle.onStop('nats', () => nc.drain());
  const jsm = await jetstreamManager(nc);
  for (const stream of options.streams) await ensureStream(jsm, stream);
  return { mongo, nc, js: jetstream(nc), jsm, readiness };
}

/**
 * Consumes another service's events until the service stops, with a durable consumer its
 * replicas share: each event handled once (processed ids in the service's `processed_events`),
 * acknowledged after the handler's write, redelivered with backoff, dead-lettered after five.
 */
export async function consumeEvents(
  lifecycle: Lifecycle,
  logger: Logger,
  options: {
    readonly name: string;
    readonly connections: { readonly js: JetStreamClient; readonly jsm: JetStreamManager };
    readonly db: Db;
    readonly stream: StreamSpec;
    readonly durable: string;
    readonly subjects: readonly string[];
    readonly handle: (event: EventEnvelope) => Promise<void>;
  },
): Promise<void> {
  const consumer = createEventConsumer({
    ...options.connections,
    stream: options.stream.name,
    durable: options.durable,
    filterSubjects: options.subjects,
    processed: options.db.collection<ProcessedEvent>('processed_events'),
    handle: options.handle,
    logger,
  });
  await consumer.start();
  lifecycle.onStop(options.name, () => consumer.stop());
}

/**
 * Runs `task` every `intervalMs` until the service stops; a failed run is logged and the next one
 * tries again (sweeps finish what a crash or a lost race left).
 */
export function runPeriodically(
  lifecycle: Lifecycle,
  logger: Logger,
  name: string,
  intervalMs: number,
  task: () => Promise<unknown>,
): void {
  const timer = setInterval(() => {
    task().catch((error: unknown) => {
      logger.warn({ err: error }, `${name} failed`);
    });
  }, intervalMs);
  lifecycle.onStop(name, () => {
    clearInterval(timer);
    return Promise.resolve();
  });
}

/**
 * Serves a contract's handlers over gRPC, every call's token verified against the realm, and logs
 * "<name> serving" with the port taken (tests and the stack wait for that line).
 */
export async function serveGrpc<T extends GenServiceMethods>(
  lifecycle: Lifecycle,
  logger: Logger,
  options: {
    readonly name: string;
    readonly service: GenService<T>;
    readonly handlers: ServiceHandlers<T>;
    readonly host: string;
    readonly port: number;
    readonly keycloakIssuer: string;
    readonly keycloakAudience: string;
    /** From connectServers: the health service reports it (not ready while a server is down). */
    readonly readiness: Readiness;
    /** The largest gRPC message received or sent; absent keeps grpc-js's defaults. */
    readonly maxMessageBytes?: number;
  },
): Promise<void> {
  const server = createGrpcServer({
    maxMessageBytes: options.maxMessageBytes,
    verifyToken: createTokenVerifier({
      issuer: options.keycloakIssuer,
      audience: options.keycloakAudience,
    }),
    logger,
  });
  server.addService(options.service, options.handlers);
  server.followReadiness(options.readiness);
  const port = await server.listen(options.host, options.port);
  lifecycle.onStop('grpc', () => server.drain());
  logger.info({ port }, `${options.name} serving`);
}
