import { fromBinary } from '@bufbuild/protobuf';
import {
  COHORTS_EVENTS,
  COHORTS_SUBJECTS,
  NOMINATIONS_EVENTS,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import type { Trainee } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { MentoringApp } from '../app.ts';
import type { TraineeDocument } from '../repositories/pool.repository.ts';
import { firstGiven } from '../domain/index.ts';

/** The cohorts subjects mentoring consumes: who is a trainee of which cohort. */
export const CONSUMED_COHORTS_SUBJECTS = [
  COHORTS_SUBJECTS.traineeEnrolled,
  COHORTS_SUBJECTS.traineeTransferred,
  COHORTS_SUBJECTS.traineeDropped,
  COHORTS_SUBJECTS.traineeGraduated,
] as const;

/** The nominations subjects whose actors nominated or reviewed someone. */
export const CONSUMED_NOMINATIONS_SUBJECTS = [
  NOMINATIONS_SUBJECTS.nominationSubmitted,
  NOMINATIONS_SUBJECTS.nominationReturned,
  NOMINATIONS_SUBJECTS.nominationAccepted,
  NOMINATIONS_SUBJECTS.nominationRejected,
  NOMINATIONS_SUBJECTS.nominationWaitlisted,
] as const;

const traineeDocument = (
  enrolmentId: string,
  nominationId: string,
  trainee: Trainee | undefined,
  cohortId: string,
  status: TraineeDocument['status'],
): TraineeDocument => ({
  _id: enrolmentId,
  userSubject: trainee?.userSubject ?? '',
  email: (trainee?.email ?? '').toLowerCase(),
  fullName: trainee?.fullName ?? '',
  organisationCode: firstGiven(trainee?.effectiveOrganisation?.code, trainee?.organisation?.code),
  unit: trainee?.unit ?? '',
  cohortId,
  nominationId,
  status,
});

/** Trainees (mentees of programmes with cohort rules) from cohorts events. */
export function cohortsEventHandler(usecases: Pick<MentoringApp, 'applyTrainee'>) {
  return async (envelope: EventEnvelope): Promise<void> => {
    const apply = (trainee: TraineeDocument) =>
      usecases.applyTrainee({ eventId: envelope.id, trainee });
    switch (envelope.subject) {
      case COHORTS_SUBJECTS.traineeEnrolled: {
        const event = fromBinary(COHORTS_EVENTS[envelope.subject], envelope.data);
        await apply(
          traineeDocument(
            event.enrolmentId,
            event.nominationId,
            event.trainee,
            event.cohort?.cohortId ?? '',
            'enrolled',
          ),
        );
        return;
      }
      case COHORTS_SUBJECTS.traineeTransferred: {
        const event = fromBinary(COHORTS_EVENTS[envelope.subject], envelope.data);
        await apply(
          traineeDocument(
            event.enrolmentId,
            '',
            event.trainee,
            event.toCohort?.cohortId ?? '',
            'enrolled',
          ),
        );
        return;
      }
      case COHORTS_SUBJECTS.traineeDropped: {
        const event = fromBinary(COHORTS_EVENTS[envelope.subject], envelope.data);
        await apply(
          traineeDocument(
            event.enrolmentId,
            event.nominationId,
            event.trainee,
            event.cohort?.cohortId ?? '',
            'dropped',
          ),
        );
        return;
      }
      case COHORTS_SUBJECTS.traineeGraduated: {
        const event = fromBinary(COHORTS_EVENTS[envelope.subject], envelope.data);
        await apply(
          traineeDocument(
            event.enrolmentId,
            event.nominationId,
            event.trainee,
            event.cohort?.cohortId ?? '',
            'graduated',
          ),
        );
        return;
      }
      default:
        return;
    }
  };
}

/** The people who acted on a nomination (the nominating officer, the reviewers who decided). */
export function nominationsEventHandler(usecases: Pick<MentoringApp, 'applyNominationActor'>) {
  return async (envelope: EventEnvelope): Promise<void> => {
    if (!(CONSUMED_NOMINATIONS_SUBJECTS as readonly string[]).includes(envelope.subject)) return;
    const schema =
      NOMINATIONS_EVENTS[envelope.subject as (typeof CONSUMED_NOMINATIONS_SUBJECTS)[number]];
    const event = fromBinary(schema, envelope.data);
    const nominationId = event.nomination?.nominationId ?? '';
    if (nominationId === '') return;
    await usecases.applyNominationActor({
      eventId: envelope.id,
      nominationId,
      // A service acting on its own (a sweep) nominated or reviewed nobody.
      subject: envelope.actor?.service === '' ? envelope.actor.subject : '',
    });
  };
}
