import { enumCodec, type EventMessageMappers } from '@expertnet/platform';
import { COHORTS_SUBJECTS, type COHORTS_EVENTS } from '@expertnet/proto/events';
import { DropCause as DropCauseMessage } from '@expertnet/proto/expertnet/cohorts/v1/events_pb.ts';
import type {
  CohortFacts,
  CohortsEvent,
  DropCause,
  LocalizedText,
  PassedModule,
} from '../domain/index.ts';
import { traineeMessage } from '../grpc/mapping/answers.ts';
import {
  attendanceSources,
  attendanceStatuses,
  enrolmentStatuses,
  timestamp,
} from '../grpc/mapping/common.ts';
import { certificateMessage } from '../grpc/mapping/results.ts';

/**
 * Each subject's payload as the message events.proto names for it, field by field, so the
 * compiler checks every event against its contract. The trainee and the certificate are the
 * RPCs' own messages (organisation references always set, even with an empty code, as the
 * reflective mapping did); enums go through the same codecs as the RPCs; an optional cohort left
 * out stays unset.
 */

const text = ({ vi, en }: LocalizedText) => ({ vi, en });

const dropCauses = enumCodec<DropCause, DropCauseMessage>({
  'dropped-out': DropCauseMessage.DROPPED_OUT,
  'nomination-withdrawn': DropCauseMessage.NOMINATION_WITHDRAWN,
  'nomination-reversed': DropCauseMessage.NOMINATION_REVERSED,
});

const cohortFactsMessage = (cohort: CohortFacts) => ({
  cohortId: cohort.cohortId,
  code: cohort.code,
  name: text(cohort.name),
  trackId: cohort.trackId,
  trackCode: cohort.trackCode,
  startDate: cohort.startDate,
  endDate: cohort.endDate,
});

const passedModuleMessage = (module: PassedModule) => ({
  code: module.code,
  title: text(module.title),
  score: module.score,
  skillCodes: [...module.skillCodes],
});

export const COHORTS_EVENT_MESSAGES: EventMessageMappers<CohortsEvent, typeof COHORTS_EVENTS> = {
  [COHORTS_SUBJECTS.traineeEnrolled]: (payload) => ({
    enrolmentId: payload.enrolmentId,
    nominationId: payload.nominationId,
    roundId: payload.roundId,
    trainee: traineeMessage(payload.trainee),
    cohort: cohortFactsMessage(payload.cohort),
    promotedFromWaitlist: payload.promotedFromWaitlist,
  }),
  [COHORTS_SUBJECTS.traineeTransferred]: (payload) => ({
    enrolmentId: payload.enrolmentId,
    trainee: traineeMessage(payload.trainee),
    fromCohort: cohortFactsMessage(payload.fromCohort),
    toCohort: payload.toCohort && cohortFactsMessage(payload.toCohort),
    status: enrolmentStatuses.encode(payload.status),
    reason: payload.reason,
  }),
  [COHORTS_SUBJECTS.traineeDropped]: (payload) => ({
    enrolmentId: payload.enrolmentId,
    nominationId: payload.nominationId,
    trainee: traineeMessage(payload.trainee),
    cohort: payload.cohort && cohortFactsMessage(payload.cohort),
    cause: dropCauses.encode(payload.cause),
    reason: payload.reason,
  }),
  [COHORTS_SUBJECTS.sessionAttended]: (payload) => ({
    sessionId: payload.sessionId,
    moduleCode: payload.moduleCode,
    sessionStartsAt: timestamp(payload.sessionStartsAt),
    enrolmentId: payload.enrolmentId,
    traineeUserSubject: payload.traineeUserSubject,
    cohort: cohortFactsMessage(payload.cohort),
    status: attendanceStatuses.encode(payload.status),
    source: attendanceSources.encode(payload.source),
    recordedAt: timestamp(payload.recordedAt),
  }),
  [COHORTS_SUBJECTS.modulePassed]: (payload) => ({
    enrolmentId: payload.enrolmentId,
    trainee: traineeMessage(payload.trainee),
    cohort: cohortFactsMessage(payload.cohort),
    moduleCode: payload.moduleCode,
    moduleTitle: text(payload.moduleTitle),
    score: payload.score,
    skillCodes: [...payload.skillCodes],
  }),
  [COHORTS_SUBJECTS.traineeGraduated]: (payload) => ({
    enrolmentId: payload.enrolmentId,
    nominationId: payload.nominationId,
    trainee: traineeMessage(payload.trainee),
    cohort: cohortFactsMessage(payload.cohort),
    trackName: text(payload.trackName),
    graduatedOn: payload.graduatedOn,
    attendancePercent: payload.attendancePercent,
    modulesPassed: payload.modulesPassed.map(passedModuleMessage),
    verifiedSkillCodes: [...payload.verifiedSkillCodes],
    certificate: certificateMessage(payload.certificate),
  }),
  [COHORTS_SUBJECTS.certificateRevoked]: (payload) => ({
    certificateId: payload.certificateId,
    number: payload.number,
    enrolmentId: payload.enrolmentId,
    traineeUserSubject: payload.traineeUserSubject,
    reason: payload.reason,
    revokedAt: timestamp(payload.revokedAt),
  }),
};
