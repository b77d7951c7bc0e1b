import { fromBinary } from '@bufbuild/protobuf';
import { decodeEnvelope, type createLogger } from '@expertnet/platform';
import { DIRECTORY_EVENTS, DIRECTORY_STREAM, DIRECTORY_SUBJECTS } from '@expertnet/proto/events';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { DeliverPolicy, type JetStreamClient } from '@nats-io/jetstream';
import type { AnnouncedChange } from '../usecases/refresh-profile.ts';

export interface ProfileFeedDependencies {
  readonly js: JetStreamClient;
  /** The refresh-profile use case. */
  readonly refresh: (change: AnnouncedChange) => Promise<boolean>;
  readonly logger: ReturnType<typeof createLogger>;
}

/** The profile an event is about and the version the change made it; undefined for others. */
function changeOf(envelope: EventEnvelope): AnnouncedChange | undefined {
  switch (envelope.subject) {
    case DIRECTORY_SUBJECTS.profileCreated:
    case DIRECTORY_SUBJECTS.profileUpdated: {
      const { expert } = fromBinary(DIRECTORY_EVENTS[envelope.subject], envelope.data);
      return expert && { id: expert.expertId, version: expert.version };
    }
    case DIRECTORY_SUBJECTS.availabilityChanged: {
      const { expertId, version } = fromBinary(
        DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.availabilityChanged],
        envelope.data,
      );
      return { id: expertId, version };
    }
    default:
      return undefined;
  }
}

/**
 * Keeps this replica's read model current with writes made by the others: every profile event
 * names a profile and a version, which the refresh-profile use case applies. Started before the
 * read model is loaded, so a write during the load is not missed.
 */
export async function followProfiles(deps: ProfileFeedDependencies) {
  const consumer = await deps.js.consumers.get(DIRECTORY_STREAM.name, {
    filter_subjects: Object.values(DIRECTORY_SUBJECTS),
    deliver_policy: DeliverPolicy.New,
  });
  const messages = await consumer.consume();
  const done = (async () => {
    for await (const message of messages) {
      const change = changeOf(decodeEnvelope(message.data));
      if (change === undefined) continue;
      try {
        await deps.refresh(change);
      } catch (error) {
        deps.logger.warn({ err: error, expertId: change.id }, 'read model refresh failed');
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
