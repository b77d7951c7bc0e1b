import {
  create,
  fromBinary,
  toBinary,
  type DescMessage,
  type MessageInitShape,
} from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import type { Actor } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import {
  EventEnvelopeSchema,
  type EventEnvelope,
} from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { currentTraceparent } from '../telemetry/trace-context.ts';

export interface NewEvent<D extends DescMessage> {
  /** NATS subject, `<domain>.<entity>.<event>`, e.g. nominations.nomination.accepted. */
  readonly subject: string;
  readonly schema: D;
  readonly data: MessageInitShape<D>;
  readonly orgCode: string;
  readonly actor?: Omit<Actor, '$typeName'>;
}

/** Side effects an event needs, injected so tests control them. */
export interface EventContext {
  readonly source: string;
  readonly newId: () => string;
  readonly now: () => number;
  /** W3C trace context of the current change; by default the active span's. */
  readonly traceparent?: () => string | undefined;
}

export function createEnvelope<D extends DescMessage>(
  event: NewEvent<D>,
  context: EventContext,
): EventEnvelope {
  return create(EventEnvelopeSchema, {
    id: context.newId(),
    type: event.schema.typeName,
    subject: event.subject,
    source: context.source,
    time: timestampFromMs(context.now()),
    orgCode: event.orgCode,
    actor: event.actor,
    traceparent: (context.traceparent ?? currentTraceparent)() ?? '',
    data: toBinary(event.schema, create(event.schema, event.data)),
  });
}

export const encodeEnvelope = (envelope: EventEnvelope) => toBinary(EventEnvelopeSchema, envelope);
export const decodeEnvelope = (bytes: Uint8Array) => fromBinary(EventEnvelopeSchema, bytes);
