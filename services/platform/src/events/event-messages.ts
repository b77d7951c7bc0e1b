import type { DescMessage, MessageInitShape } from '@bufbuild/protobuf';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { Actor } from '../domain/vocabulary.ts';
import { createEnvelope } from './envelope.ts';

/**
 * An event as a service's domain states it: `type` is its subject (from `@expertnet/proto/events`),
 * `orgCode` the organisation it concerns, `payload` what the domain says happened.
 */
export interface SubjectEvent<Type extends string = string, Payload = unknown> {
  readonly type: Type;
  readonly orgCode: string;
  readonly payload: Payload;
}

/**
 * One mapper per subject, from the domain event's payload to the message the contract names for
 * that subject: the compiler checks each against its own message, so a renamed field or a
 * forgotten subject is a build error, not an event missing data.
 */
export type EventMessageMappers<
  E extends SubjectEvent,
  Schemas extends Readonly<Record<E['type'], DescMessage>>,
> = {
  readonly [Subject in E['type']]: (
    payload: Extract<E, { readonly type: Subject }>['payload'],
  ) => MessageInitShape<Schemas[Subject]>;
};

/**
 * A service's way from domain events to envelopes for its outbox: the contract's message of each
 * subject (from `@expertnet/proto/events`), a typed mapper for each, and the service as source.
 */
export function eventEnvelopes<
  E extends SubjectEvent,
  Schemas extends Readonly<Record<E['type'], DescMessage>>,
>(options: {
  readonly source: string;
  readonly schemas: Schemas;
  readonly messages: EventMessageMappers<E, Schemas>;
  readonly newId: () => string;
}) {
  return (events: readonly E[], actor: Actor | undefined, now: Date): EventEnvelope[] =>
    events.map((event) => {
      const type: E['type'] = event.type;
      const schema: DescMessage = options.schemas[type];
      // The mapped type pairs each subject's mapper with its own payload and message; indexed by
      // a subject known only at run time, TypeScript can no longer correlate the two.
      const toMessage = options.messages[type] as (
        payload: unknown,
      ) => MessageInitShape<DescMessage>;
      return createEnvelope(
        {
          subject: type,
          schema,
          data: toMessage(event.payload),
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
