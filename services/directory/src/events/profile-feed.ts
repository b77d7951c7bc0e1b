import { fromBinary } from '@bufbuild/protobuf';
import { decodeEnvelope, type createLogger } from '@expertnet/platform';
import {
  AvailabilityChangedSchema,
  ProfileCreatedSchema,
  ProfileUpdatedSchema,
} from '@expertnet/proto/expertnet/directory/v1/events_pb.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { DeliverPolicy, type JetStreamClient } from '@nats-io/jetstream';
import { EVENT_TYPES } from '../domain/index.ts';
import type { ProfilesStore } from '../persistence/profiles-store.ts';
import type { ExpertIndex } from '../read-model/expert-index.ts';
import { DIRECTORY_STREAM } from './envelopes.ts';

export interface ProfileFeedDependencies {
  readonly js: JetStreamClient;
  readonly profiles: ProfilesStore;
  readonly index: ExpertIndex;
  readonly logger: ReturnType<typeof createLogger>;
}

/** The profile an event is about and the version the change made it; undefined for others. */
function changeOf(envelope: EventEnvelope): { id: string; version: number } | undefined {
  switch (envelope.subject) {
    case EVENT_TYPES.profileCreated:
    case EVENT_TYPES.profileUpdated: {
      const schema =
        envelope.subject === EVENT_TYPES.profileCreated
          ? ProfileCreatedSchema
          : ProfileUpdatedSchema;
      const { expert } = fromBinary(schema, envelope.data);
      return expert && { id: expert.expertId, version: expert.version };
    }
    case EVENT_TYPES.availabilityChanged: {
      const { expertId, version } = fromBinary(AvailabilityChangedSchema, envelope.data);
      return { id: expertId, version };
    }
    default:
      return undefined;
  }
}

/**
 * Keeps this replica's read model current with writes made by the others: every profile event
 * names a profile, which is read again by id and replaces the held one when newer. Started
 * before the read model is loaded, so a write during the load is not missed; a replica's own
 * writes come back too and are skipped without a read, the held version being as new.
 */
export async function followProfiles(deps: ProfileFeedDependencies) {
  const consumer = await deps.js.consumers.get(DIRECTORY_STREAM.name, {
    filter_subjects: ['directory.profile.>'],
    deliver_policy: DeliverPolicy.New,
  });
  const messages = await consumer.consume();
  const done = (async () => {
    for await (const message of messages) {
      const change = changeOf(decodeEnvelope(message.data));
      if (change === undefined || (deps.index.get(change.id)?.version ?? 0) >= change.version) {
        continue;
      }
      const { id } = change;
      try {
        const profile = await deps.profiles.get(id);
        const held = deps.index.get(id);
        if (profile !== undefined && (held === undefined || profile.version >= held.version)) {
          deps.index.upsert(profile);
        }
      } catch (error) {
        deps.logger.warn({ err: error, expertId: id }, 'read model refresh failed');
      }
    }
  })();
  return {
    async stop() {
      await messages.close();
      await done;
    },
  };
}
