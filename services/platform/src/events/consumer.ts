import {
  AckPolicy,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { headers as natsHeaders, nanos } from '@nats-io/transport-node';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { MongoServerError, type Collection } from 'mongodb';
import type { Logger } from 'pino';
import { decodeEnvelope } from './envelope.ts';
import { reach } from './faults.ts';
import { traceProcess } from '../telemetry/trace-context.ts';
import { DEAD_LETTER_STREAM, deadLetterSubject, ensureStream } from './streams.ts';

/** One record per event a consumer has fully handled; its _id is the event id. */
export interface ProcessedEvent {
  _id: string;
  processedAt: Date;
}

export interface EventConsumerOptions {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly stream: string;
  /** Durable name: replicas of a service share it, so each event goes to one replica. */
  readonly durable: string;
  readonly filterSubjects: readonly string[];
  /** The consumer's own collection of processed event ids (in its service's database). */
  readonly processed: Collection<ProcessedEvent>;
  /**
   * Applies the event. It must make its write conditional on the event id (see appliedOnce),
   * because a crash after the write and before the ack delivers the event again.
   */
  readonly handle: (event: EventEnvelope) => Promise<void>;
  readonly logger: Logger;
  /** Deliveries before the message goes to the dead-letter subject. */
  readonly maxDeliveries?: number;
  /** Delay before the n-th redelivery (n starts at 1). */
  readonly retryDelayMs?: (delivery: number) => number;
  /** How long JetStream waits for an ack before redelivering (a crashed consumer's events). */
  readonly ackWaitMs?: number;
}

export interface EventConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

const DUPLICATE_KEY = 11000;

type Messages = Awaited<
  ReturnType<Awaited<ReturnType<JetStreamClient['consumers']['get']>>['consume']>
>;

/**
 * A durable JetStream consumer that is idempotent (processed ids under a unique key), acks only
 * after the handler's own write, retries with backoff, and after `maxDeliveries` failed attempts
 * moves the message to `deadletter.<stream>.<durable>` with the reason.
 */
export function createEventConsumer(options: EventConsumerOptions): EventConsumer {
  const maxDeliveries = options.maxDeliveries ?? 5;
  // 0.2, 0.4, 0.8, 1.6 s between the five deliveries: a lost race or a restarting server is
  // usually over by then, and a poison message reaches the dead letters within seconds.
  const retryDelayMs =
    options.retryDelayMs ?? ((n: number) => Math.min(200 * 2 ** (n - 1), 10_000));
  let messages: Messages | undefined;
  let done: Promise<void> | undefined;
  let stopping = false;
  const consumerConfig = () => ({
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    filter_subjects: [...options.filterSubjects],
    ack_wait: nanos(options.ackWaitMs ?? 30_000),
  });

  async function deadLetter(message: JsMsg, reason: string, eventId: string): Promise<void> {
    const headers = natsHeaders();
    headers.set('deadletter-reason', reason.slice(0, 1_000));
    headers.set('deadletter-subject', message.subject);
    headers.set('deadletter-deliveries', String(message.info.deliveryCount));
    headers.set('deadletter-event-id', eventId);
    await options.js.publish(deadLetterSubject(options.stream, options.durable), message.data, {
      headers,
      // Unique across streams and consumers, so a retried move is stored once and only then.
      msgID: `${options.stream}:${options.durable}:${message.seq}`,
    });
    message.term(reason);
    options.logger.error(
      { subject: message.subject, eventId, reason },
      'event moved to dead letters',
    );
  }

  async function handleMessage(message: JsMsg): Promise<void> {
    try {
      await traceProcess(message.subject, message.headers, () => process(message));
    } catch (error) {
      // Infrastructure failure (database down): leave it unacked for redelivery.
      options.logger.warn({ err: error, subject: message.subject }, 'event handling failed');
      message.nak(retryDelayMs(message.info.deliveryCount));
    }
  }

  /** The consumer's messages again, once NATS answers; the durable keeps its place. */
  async function reopen(): Promise<Messages | undefined> {
    for (let attempt = 1; !stopping; attempt += 1) {
      try {
        await options.jsm.consumers.add(options.stream, consumerConfig());
        messages = await (
          await options.js.consumers.get(options.stream, options.durable)
        ).consume();
        return messages;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, Math.min(500 * attempt, 5_000)));
      }
    }
    return undefined;
  }

  async function process(message: JsMsg): Promise<void> {
    let event: EventEnvelope;
    try {
      event = decodeEnvelope(message.data);
    } catch (error) {
      await deadLetter(message, `undecodable event envelope: ${String(error)}`, '');
      return;
    }
    if ((await options.processed.countDocuments({ _id: event.id }, { limit: 1 })) > 0) {
      message.ack();
      return;
    }
    try {
      await options.handle(event);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (message.info.deliveryCount >= maxDeliveries) await deadLetter(message, reason, event.id);
      else message.nak(retryDelayMs(message.info.deliveryCount));
      return;
    }
    await reach('consumer.after-handle');
    await options.processed
      .insertOne({ _id: event.id, processedAt: new Date() })
      .catch((error: unknown) => {
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      });
    message.ack();
  }

  return {
    async start() {
      // Where this consumer's poison messages go must exist before the first one does.
      await ensureStream(options.jsm, DEAD_LETTER_STREAM);
      const config = consumerConfig();
      try {
        await options.jsm.consumers.add(options.stream, config);
      } catch {
        await options.jsm.consumers.update(options.stream, options.durable, config);
      }
      const consumer = await options.js.consumers.get(options.stream, options.durable);
      const first = await consumer.consume();
      messages = first;
      done = (async () => {
        // consume() rides out a NATS restart by itself; should it end all the same (its consumer
        // deleted, say), it is opened again, so a consumer never stops without a word.
        for (let stream: Messages | undefined = first; stream; stream = await reopen()) {
          for await (const message of stream) await handleMessage(message);
          if (stopping) return;
          options.logger.warn('event consumer stopped receiving; opening it again');
        }
      })();
    },
    async stop() {
      stopping = true;
      await messages?.close();
      await done;
    },
  };
}

/**
 * The filter and update pieces that make a document update apply an event at most once: the
 * document remembers the last ids it applied, and the filter skips a document that has this one.
 */
export function appliedOnce(eventId: string) {
  return {
    filter: { appliedEvents: { $ne: eventId } },
    push: { appliedEvents: { $each: [eventId], $slice: -500 } },
  };
}
