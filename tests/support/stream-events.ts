import { fromBinary } from '@bufbuild/protobuf';
import {
  EventEnvelopeSchema,
  type EventEnvelope,
} from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

/**
 * How many times each event of `subject` is stored in `stream`, by the key `keyOf` gives it
 * (the event's id by default), read afresh on a new connection: what every consumer of the
 * stream is given.
 */
export async function storedEvents(
  natsUrl: string,
  stream: string,
  subject: string,
  keyOf: (envelope: EventEnvelope) => string = (envelope) => envelope.id,
): Promise<Map<string, number>> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    const { state } = await jsm.streams.info(stream);
    const counts = new Map<string, number>();
    for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq += 1) {
      const message = await jsm.streams.getMessage(stream, { seq }).catch(() => undefined);
      if (message?.subject !== subject) continue;
      const key = keyOf(fromBinary(EventEnvelopeSchema, message.data));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  } finally {
    await nc.close();
  }
}

/** True when a durable consumer of the nominations stream has been given and has acked everything. */
export async function caughtUp(natsUrl: string, durable: string, stream = 'NOMINATIONS') {
  const nc = await connect({ servers: natsUrl });
  try {
    const info = await (await jetstreamManager(nc)).consumers.info(stream, durable);
    return info.num_pending === 0 && info.num_ack_pending === 0;
  } catch {
    return false;
  } finally {
    await nc.close();
  }
}
