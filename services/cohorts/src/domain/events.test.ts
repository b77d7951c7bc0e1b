/**
 * Guards the promise the domain's plain shapes make to the service: run through the platform's
 * generic converter into the contract's messages and back, nothing is lost or renamed. Only this
 * test touches protobuf; the domain itself does not.
 */
import type { DescMessage } from '@bufbuild/protobuf';
import { fromPlain, toPlain, type Plain } from '@expertnet/platform/testing/plain.ts';
import {
  AssessmentResultSchema,
  AttendanceRecordSchema,
  CertificateSchema,
  CohortSchema,
  ProgressSchema,
  SessionSchema,
  TrackSchema,
  TraineeSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import {
  CertificateRevokedSchema,
  ModulePassedSchema,
  SessionAttendedSchema,
  TraineeDroppedSchema,
  TraineeEnrolledSchema,
  TraineeGraduatedSchema,
  TraineeTransferredSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/events_pb.ts';
import { describe, expect, it } from 'vitest';
import { checkIn } from './check-in.ts';
import { checkInCodeAt, checkInStep } from './check-in-code.ts';
import { dropTrainee } from './enrolments.ts';
import { EVENT_TYPES, type CohortsEvent } from './events.ts';
import { enrolFromNomination } from './nomination-events.ts';
import { computeProgress } from './progress.ts';
import {
  aCohort,
  aContext,
  anEnrolment,
  aSession,
  aTrack,
  aView,
  CHECK_IN_KEY,
  nominationFacts,
  otherCohort,
  SESSION_START,
} from '../../test/fixtures.ts';
import { graduationEvents, PASSING } from '../../test/graduation-scenario.ts';
import { transferTrainee } from './transfer.ts';

const SCHEMAS: Record<CohortsEvent['type'], DescMessage> = {
  [EVENT_TYPES.traineeEnrolled]: TraineeEnrolledSchema,
  [EVENT_TYPES.traineeTransferred]: TraineeTransferredSchema,
  [EVENT_TYPES.traineeDropped]: TraineeDroppedSchema,
  [EVENT_TYPES.sessionAttended]: SessionAttendedSchema,
  [EVENT_TYPES.modulePassed]: ModulePassedSchema,
  [EVENT_TYPES.traineeGraduated]: TraineeGraduatedSchema,
  [EVENT_TYPES.certificateRevoked]: CertificateRevokedSchema,
};

const roundTrip = (schema: DescMessage, plain: object) =>
  toPlain(fromPlain(schema, plain as Plain), schema);

function oneOfEach(): CohortsEvent[] {
  const context = aContext();
  const enrolled =
    enrolFromNomination(undefined, nominationFacts(), [aView()], context)?.events ?? [];
  const transferred = transferTrainee(
    anEnrolment(),
    aView(),
    aView(otherCohort()),
    { reason: 'Chuyển', waitlistIfFull: false },
    context,
  ).events;
  const dropped = dropTrainee(anEnrolment(), aView(), 'Nghỉ việc', context).events;
  const now = new Date(SESSION_START.getTime() + 60_000);
  const code = checkInCodeAt(CHECK_IN_KEY, aSession().id, checkInStep(now, 60));
  const attended = checkIn(
    { session: aSession(), view: aView(), enrolment: anEnrolment(), code, key: CHECK_IN_KEY },
    aContext({ now }),
  ).events;
  return [...enrolled, ...transferred, ...dropped, ...attended, ...graduationEvents(context)];
}

describe('event payloads against events.proto', () => {
  const events = oneOfEach();

  it('covers every event type', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(Object.values(EVENT_TYPES)));
  });

  it.each(events.map((event) => [event.type, event] as const))(
    '%s survives the converter',
    (type, event) => {
      expect(roundTrip(SCHEMAS[type], event.payload)).toEqual(event.payload);
    },
  );
});

describe('entities against cohorts.proto', () => {
  it.each<[string, DescMessage, object]>([
    ['Track', TrackSchema, aTrack()],
    ['Cohort', CohortSchema, aCohort()],
    ['Session', SessionSchema, aSession()],
    ['Trainee', TraineeSchema, anEnrolment().trainee],
    [
      'Progress',
      ProgressSchema,
      computeProgress({
        track: aTrack(),
        seats: [],
        sessions: [],
        attendance: [],
        assessments: [],
        now: SESSION_START,
      }),
    ],
  ])('%s survives the converter', (_name, schema, plain) => {
    expect(roundTrip(schema, plain)).toEqual(plain);
  });

  it('would catch a field the contract lacks (the check itself works)', () => {
    const renamed = { ...anEnrolment().trainee, nickname: 'Hà' };
    expect(roundTrip(TraineeSchema, renamed)).not.toEqual(renamed);
  });

  it('AttendanceRecord, AssessmentResult and Certificate survive the converter', () => {
    const events = oneOfEach();
    const graduated = events.find((event) => event.type === EVENT_TYPES.traineeGraduated);
    if (graduated?.type !== EVENT_TYPES.traineeGraduated) throw new Error('no graduation');
    expect(roundTrip(CertificateSchema, graduated.payload.certificate)).toEqual(
      graduated.payload.certificate,
    );
    const record = {
      sessionId: 's',
      enrolmentId: 'e',
      traineeName: 'Hà',
      status: 'late',
      source: 'check-in',
      note: '',
      recordedBy: 'u',
      recordedAt: SESSION_START,
    };
    expect(roundTrip(AttendanceRecordSchema, record)).toEqual(record);
    expect(roundTrip(AssessmentResultSchema, PASSING)).toEqual(PASSING);
  });
});
