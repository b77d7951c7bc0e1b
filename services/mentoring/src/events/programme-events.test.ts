import { create, toBinary, type DescMessage, type MessageInitShape } from '@bufbuild/protobuf';
import {
  COHORTS_EVENTS,
  COHORTS_SUBJECTS,
  NOMINATIONS_EVENTS,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { describe, expect, it } from 'vitest';
import type { MentoringApp } from '../app.ts';
import {
  cohortsEventHandler,
  CONSUMED_NOMINATIONS_SUBJECTS,
  nominationsEventHandler,
} from './programme-events.ts';

type EnvelopeActor = MessageInitShape<typeof EventEnvelopeSchema>['actor'];

function envelope<D extends DescMessage>(
  subject: string,
  schema: D,
  data: MessageInitShape<D>,
  actor?: EnvelopeActor,
) {
  return create(EventEnvelopeSchema, {
    id: 'event-1',
    subject,
    type: schema.typeName,
    data: toBinary(schema, create(schema, data)),
    ...(actor && { actor }),
  });
}

const trainee = {
  fullName: 'Lê Thị Minh',
  email: 'Minh.Le@Example.VN',
  userSubject: 'subject-mentee-1',
  organisation: { code: 'P79-SNV' },
  effectiveOrganisation: { code: 'P79-SNV-2025' },
  unit: 'Văn phòng',
};

function traineeRecorder() {
  const applied: Parameters<MentoringApp['applyTrainee']>[0][] = [];
  const usecases = {
    applyTrainee: (input: (typeof applied)[number]) => {
      applied.push(input);
      return Promise.resolve();
    },
  } as unknown as Pick<MentoringApp, 'applyTrainee'>;
  return { applied, handle: cohortsEventHandler(usecases) };
}

describe('cohortsEventHandler: trainees as the pool keeps them', () => {
  const expected = (cohortId: string, nominationId: string, status: string) => ({
    eventId: 'event-1',
    trainee: {
      _id: 'enrolment-1',
      userSubject: 'subject-mentee-1',
      email: 'minh.le@example.vn',
      fullName: 'Lê Thị Minh',
      organisationCode: 'P79-SNV-2025',
      unit: 'Văn phòng',
      cohortId,
      nominationId,
      status,
    },
  });

  it('TraineeEnrolled: enrolled in the cohort, with the nomination; the effective organisation wins', async () => {
    const { applied, handle } = traineeRecorder();
    await handle(
      envelope(COHORTS_SUBJECTS.traineeEnrolled, COHORTS_EVENTS[COHORTS_SUBJECTS.traineeEnrolled], {
        enrolmentId: 'enrolment-1',
        nominationId: 'nomination-1',
        trainee,
        cohort: { cohortId: 'cohort-2' },
      }),
    );
    expect(applied).toEqual([expected('cohort-2', 'nomination-1', 'enrolled')]);
  });

  it('TraineeTransferred: enrolled in the cohort moved to, nomination not told', async () => {
    const { applied, handle } = traineeRecorder();
    await handle(
      envelope(
        COHORTS_SUBJECTS.traineeTransferred,
        COHORTS_EVENTS[COHORTS_SUBJECTS.traineeTransferred],
        {
          enrolmentId: 'enrolment-1',
          trainee,
          fromCohort: { cohortId: 'cohort-2' },
          toCohort: { cohortId: 'cohort-3' },
        },
      ),
    );
    expect(applied).toEqual([expected('cohort-3', '', 'enrolled')]);
  });

  it('TraineeDropped: dropped', async () => {
    const { applied, handle } = traineeRecorder();
    await handle(
      envelope(COHORTS_SUBJECTS.traineeDropped, COHORTS_EVENTS[COHORTS_SUBJECTS.traineeDropped], {
        enrolmentId: 'enrolment-1',
        nominationId: 'nomination-1',
        trainee,
        cohort: { cohortId: 'cohort-2' },
      }),
    );
    expect(applied).toEqual([expected('cohort-2', 'nomination-1', 'dropped')]);
  });

  it('TraineeGraduated: graduated', async () => {
    const { applied, handle } = traineeRecorder();
    await handle(
      envelope(
        COHORTS_SUBJECTS.traineeGraduated,
        COHORTS_EVENTS[COHORTS_SUBJECTS.traineeGraduated],
        {
          enrolmentId: 'enrolment-1',
          nominationId: 'nomination-1',
          trainee,
          cohort: { cohortId: 'cohort-2' },
        },
      ),
    );
    expect(applied).toEqual([expected('cohort-2', 'nomination-1', 'graduated')]);
  });

  it('the nominating organisation stands when there is no effective one; a missing trainee leaves blanks', async () => {
    const { applied, handle } = traineeRecorder();
    await handle(
      envelope(COHORTS_SUBJECTS.traineeEnrolled, COHORTS_EVENTS[COHORTS_SUBJECTS.traineeEnrolled], {
        enrolmentId: 'enrolment-1',
        trainee: { ...trainee, effectiveOrganisation: undefined },
      }),
    );
    await handle(
      envelope(COHORTS_SUBJECTS.traineeEnrolled, COHORTS_EVENTS[COHORTS_SUBJECTS.traineeEnrolled], {
        enrolmentId: 'enrolment-2',
      }),
    );
    expect(applied[0]?.trainee).toMatchObject({ organisationCode: 'P79-SNV', cohortId: '' });
    expect(applied[1]?.trainee).toEqual({
      _id: 'enrolment-2',
      userSubject: '',
      email: '',
      fullName: '',
      organisationCode: '',
      unit: '',
      cohortId: '',
      nominationId: '',
      status: 'enrolled',
    });
  });

  it('other cohorts subjects are ignored', async () => {
    const { applied, handle } = traineeRecorder();
    await handle(
      envelope(
        COHORTS_SUBJECTS.sessionAttended,
        COHORTS_EVENTS[COHORTS_SUBJECTS.sessionAttended],
        {},
      ),
    );
    expect(applied).toEqual([]);
  });
});

function actorRecorder() {
  const applied: Parameters<MentoringApp['applyNominationActor']>[0][] = [];
  const usecases = {
    applyNominationActor: (input: (typeof applied)[number]) => {
      applied.push(input);
      return Promise.resolve();
    },
  } as unknown as Pick<MentoringApp, 'applyNominationActor'>;
  return { applied, handle: nominationsEventHandler(usecases) };
}

describe('nominationsEventHandler: who acted on a nomination', () => {
  const officer = { subject: 'officer-1', orgCode: 'P79-SNV', roles: ['nominator'], service: '' };

  it.each(CONSUMED_NOMINATIONS_SUBJECTS)('%s records the acting person', async (subject) => {
    const { applied, handle } = actorRecorder();
    await handle(
      envelope(
        subject,
        NOMINATIONS_EVENTS[subject],
        { nomination: { nominationId: 'nomination-1' } },
        officer,
      ),
    );
    expect(applied).toEqual([
      { eventId: 'event-1', nominationId: 'nomination-1', subject: 'officer-1' },
    ]);
  });

  it('a service acting on its own (a sweep) gives an empty subject', async () => {
    const { applied, handle } = actorRecorder();
    await handle(
      envelope(
        NOMINATIONS_SUBJECTS.nominationWaitlisted,
        NOMINATIONS_EVENTS[NOMINATIONS_SUBJECTS.nominationWaitlisted],
        { nomination: { nominationId: 'nomination-1' } },
        { subject: 'service-account-nominations', orgCode: '', roles: [], service: 'nominations' },
      ),
    );
    expect(applied).toEqual([{ eventId: 'event-1', nominationId: 'nomination-1', subject: '' }]);
  });

  it('an envelope without an actor gives an empty subject', async () => {
    const { applied, handle } = actorRecorder();
    await handle(
      envelope(
        NOMINATIONS_SUBJECTS.nominationAccepted,
        NOMINATIONS_EVENTS[NOMINATIONS_SUBJECTS.nominationAccepted],
        { nomination: { nominationId: 'nomination-1' } },
      ),
    );
    expect(applied).toEqual([{ eventId: 'event-1', nominationId: 'nomination-1', subject: '' }]);
  });

  it('an event without its nomination, or of another subject, is skipped', async () => {
    const { applied, handle } = actorRecorder();
    await handle(
      envelope(
        NOMINATIONS_SUBJECTS.nominationSubmitted,
        NOMINATIONS_EVENTS[NOMINATIONS_SUBJECTS.nominationSubmitted],
        {},
        officer,
      ),
    );
    await handle(
      envelope(
        NOMINATIONS_SUBJECTS.nominationWithdrawn,
        NOMINATIONS_EVENTS[NOMINATIONS_SUBJECTS.nominationWithdrawn],
        { nomination: { nominationId: 'nomination-1' } },
        officer,
      ),
    );
    expect(applied).toEqual([]);
  });
});
