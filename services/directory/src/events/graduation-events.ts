import { fromBinary } from '@bufbuild/protobuf';
import {
  COHORTS_EVENTS,
  COHORTS_SUBJECTS,
  type CertificateRevoked,
  type TraineeGraduated,
} from '@expertnet/proto/events';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { GraduationFacts } from '../domain/index.ts';
import type { RevokedCertificate } from '../usecases/revoke-certificate.ts';

/** The cohorts subjects the directory consumes (its durable consumer's filter). */
export const CONSUMED_COHORTS_SUBJECTS = [
  COHORTS_SUBJECTS.traineeGraduated,
  COHORTS_SUBJECTS.certificateRevoked,
] as const;

/** The use cases the cohorts events lead to. */
export interface CohortsEventUseCases {
  readonly applyGraduation: (facts: GraduationFacts) => Promise<unknown>;
  readonly revokeCertificate: (certificate: RevokedCertificate) => Promise<unknown>;
}

/** A graduation as the domain takes it; one without trainee or certificate is not one. */
export function graduationFactsOf(event: TraineeGraduated): GraduationFacts {
  const { trainee, certificate } = event;
  if (trainee === undefined || certificate === undefined) {
    throw new Error(`graduation ${event.enrolmentId} names no trainee or no certificate`);
  }
  return {
    enrolmentId: event.enrolmentId,
    nominationId: event.nominationId,
    trainee: {
      fullName: trainee.fullName,
      email: trainee.email,
      userSubject: trainee.userSubject,
      effectiveOrganisationCode: trainee.effectiveOrganisation?.code ?? '',
      position: trainee.position,
      unit: trainee.unit,
    },
    trackName: { vi: event.trackName?.vi ?? '', en: event.trackName?.en ?? '' },
    graduatedOn: event.graduatedOn,
    modulesPassed: event.modulesPassed.map((module) => ({
      code: module.code,
      skillCodes: [...module.skillCodes],
    })),
    verifiedSkillCodes: [...event.verifiedSkillCodes],
    certificate: { id: certificate.id, number: certificate.number, issuedOn: certificate.issuedOn },
  };
}

export const revokedCertificateOf = (event: CertificateRevoked): RevokedCertificate => ({
  certificateId: event.certificateId,
  number: event.number,
});

/**
 * Keeps profiles true to the programme without manual curation: decodes the cohorts events the
 * directory consumes and hands each to its use case (a graduation creates or extends the profile,
 * a revoked certificate un-verifies the skills that rested on it). Other subjects are ignored.
 */
export function cohortsEventHandler(usecases: CohortsEventUseCases) {
  return async (envelope: EventEnvelope): Promise<void> => {
    switch (envelope.subject) {
      case COHORTS_SUBJECTS.traineeGraduated: {
        const event = fromBinary(COHORTS_EVENTS[envelope.subject], envelope.data);
        await usecases.applyGraduation(graduationFactsOf(event));
        return;
      }
      case COHORTS_SUBJECTS.certificateRevoked: {
        const event = fromBinary(COHORTS_EVENTS[envelope.subject], envelope.data);
        await usecases.revokeCertificate(revokedCertificateOf(event));
        return;
      }
      default:
        return;
    }
  };
}
