import type { DescMessage } from '@bufbuild/protobuf';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { fromPlain, type Plain } from '../grpc/plain.ts';
import { createEnvelope } from './envelope.ts';

/**
 * An event as a service's domain states it: `type` is its subject, `payload` has the fields of its
 * contract message in the domain's plain form (see grpc/plain.ts).
 */
export interface DomainEvent {
  readonly type: string;
  readonly orgCode: string;
  readonly payload: object;
}

/** Who caused it, as domains record actors (mirrors expertnet.common.v1.Actor). */
export interface DomainActor {
  readonly subject: string;
  readonly orgCode: string;
  readonly roles: readonly string[];
  readonly service?: string | undefined;
}

/**
 * A service's way from domain events to envelopes for its outbox: each event type's contract
 * message, and the service as the envelopes' source.
 */
export function domainEventEnvelopes<E extends DomainEvent>(options: {
  readonly source: string;
  readonly schemas: Readonly<Record<E['type'], DescMessage>>;
  readonly newId: () => string;
}) {
  return (events: readonly E[], actor: DomainActor | undefined, now: Date): EventEnvelope[] =>
    events.map((event) => {
      const schema: DescMessage = options.schemas[event.type as E['type']];
      return createEnvelope(
        {
          subject: event.type,
          schema,
          data: fromPlain(schema, event.payload as Plain),
          orgCode: event.orgCode,
          ...(actor && {
            actor: {
              subject: actor.subject,
              orgCode: actor.orgCode,
              roles: [...actor.roles],
              service: actor.service ?? '',
            },
          }),
        },
        { source: options.source, newId: options.newId, now: () => now.getTime() },
      );
    });
}
