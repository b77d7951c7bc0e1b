import { fromBinary } from '@bufbuild/protobuf';
import { DIRECTORY_EVENTS, DIRECTORY_SUBJECTS } from '@expertnet/proto/events';
import type { ExpertSnapshot } from '@expertnet/proto/expertnet/directory/v1/events_pb.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { CoordinationApp } from '../app.ts';
import type { ExpertFacts } from '../repositories/experts.repository.ts';

/** The directory subjects coordination consumes: who each expert is, where, and whether certified. */
export const CONSUMED_DIRECTORY_SUBJECTS = [
  DIRECTORY_SUBJECTS.profileCreated,
  DIRECTORY_SUBJECTS.profileUpdated,
] as const;

export const expertFactsOf = (expert: ExpertSnapshot): ExpertFacts => ({
  userSubject: expert.userSubject,
  fullName: expert.fullName,
  organisationCode: expert.organisation?.code ?? '',
  provinceCode: expert.province?.code ?? '',
  certified: expert.certified,
  profileVersion: expert.version,
});

export function directoryEventHandler(usecases: Pick<CoordinationApp, 'applyProfile'>) {
  return async (envelope: EventEnvelope): Promise<void> => {
    if (
      envelope.subject !== DIRECTORY_SUBJECTS.profileCreated &&
      envelope.subject !== DIRECTORY_SUBJECTS.profileUpdated
    )
      return;
    const { expert } = fromBinary(DIRECTORY_EVENTS[envelope.subject], envelope.data);
    if (expert === undefined) return;
    await usecases.applyProfile({
      eventId: envelope.id,
      expertId: expert.expertId,
      facts: expertFactsOf(expert),
    });
  };
}
