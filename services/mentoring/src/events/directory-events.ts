import { fromBinary } from '@bufbuild/protobuf';
import { DIRECTORY_EVENTS, DIRECTORY_SUBJECTS } from '@expertnet/proto/events';
import {
  AvailabilityStatus,
  MentoringModality,
  SkillSource,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type { ExpertSnapshot } from '@expertnet/proto/expertnet/directory/v1/events_pb.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { AvailabilityStatus as Availability, MeetingMode } from '../domain/matching/index.ts';
import type { ExpertFacts } from '../repositories/pool.repository.ts';
import type { MentoringApp } from '../app.ts';

/** The directory subjects mentoring consumes (its durable consumer's filter). */
export const CONSUMED_DIRECTORY_SUBJECTS = [
  DIRECTORY_SUBJECTS.profileCreated,
  DIRECTORY_SUBJECTS.profileUpdated,
  DIRECTORY_SUBJECTS.availabilityChanged,
] as const;

const MODES: Readonly<Record<number, MeetingMode>> = {
  [MentoringModality.ONLINE]: 'online',
  [MentoringModality.IN_PERSON]: 'in-person',
};

/** Withheld or unknown availability reads as available: the directory did not say otherwise. */
function availabilityOf(status: number | undefined): Availability {
  if (status === AvailabilityStatus.UNAVAILABLE) return 'unavailable';
  if (status === AvailabilityStatus.LIMITED) return 'limited';
  return 'available';
}

/** A snapshot as the pool keeps it; a withheld offer is no offer. */
export function factsOf(expert: ExpertSnapshot): ExpertFacts {
  const offer = expert.mentoring;
  return {
    userSubject: expert.userSubject,
    fullName: expert.fullName,
    organisationCode: expert.organisation?.code ?? '',
    unit: expert.unit,
    provinceCode: expert.province?.code ?? '',
    skills: expert.skills.map((skill) => ({
      code: skill.code,
      level: skill.level,
      verified: skill.source === SkillSource.VERIFIED,
    })),
    skillNames: Object.fromEntries(
      expert.skills.map((skill) => [
        skill.code,
        { vi: skill.name?.vi ?? skill.code, en: skill.name?.en ?? '' },
      ]),
    ),
    topicCodes: [...(offer?.topicSkillCodes ?? [])],
    languages: expert.languages.map((language) => language.code),
    mode: MODES[offer?.modality ?? 0] ?? 'any',
    availability: availabilityOf(expert.availability?.status),
    willing: offer?.willing ?? false,
    maxMentees: offer?.willing === true ? offer.maxMentees : 0,
    certified: expert.certified,
    profileVersion: expert.version,
  };
}

type PoolUseCases = Pick<MentoringApp, 'applyProfile' | 'applyAvailability'>;

/** Keeps the pool true to the directory: profiles (with their offers) and availability. */
export function directoryEventHandler(usecases: PoolUseCases) {
  return async (envelope: EventEnvelope): Promise<void> => {
    switch (envelope.subject) {
      case DIRECTORY_SUBJECTS.profileCreated: {
        const event = fromBinary(DIRECTORY_EVENTS[envelope.subject], envelope.data);
        if (event.expert === undefined) return;
        await usecases.applyProfile({
          eventId: envelope.id,
          expertId: event.expert.expertId,
          facts: {
            ...factsOf(event.expert),
            origin: { enrolmentId: event.enrolmentId, nominationId: event.nominationId },
          },
        });
        return;
      }
      case DIRECTORY_SUBJECTS.profileUpdated: {
        const event = fromBinary(DIRECTORY_EVENTS[envelope.subject], envelope.data);
        if (event.expert === undefined) return;
        await usecases.applyProfile({
          eventId: envelope.id,
          expertId: event.expert.expertId,
          facts: factsOf(event.expert),
        });
        return;
      }
      case DIRECTORY_SUBJECTS.availabilityChanged: {
        const event = fromBinary(DIRECTORY_EVENTS[envelope.subject], envelope.data);
        if (event.withheld) return;
        await usecases.applyAvailability({
          expertId: event.expertId,
          availability: availabilityOf(event.availability?.status),
          profileVersion: event.version,
        });
        return;
      }
      default:
        return;
    }
  };
}
