import { create } from '@bufbuild/protobuf';
import {
  CohortSchema,
  EnrolmentSchema,
  SessionSchema,
  TrackSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type {
  Cohort,
  CohortSettings,
  Enrolment,
  Session,
  Track,
  TrackSettings,
  Trainee,
} from '../../domain/index.ts';
import {
  cohortStatuses,
  deliveryModes,
  enrolmentStatuses,
  requirementMessage,
  sessionModes,
  timestamp,
} from './common.ts';

export const trackMessage = (track: Track) =>
  create(TrackSchema, {
    id: track.id,
    settings: trackSettingsMessage(track.settings),
    version: track.version,
    createdAt: timestamp(track.createdAt),
    updatedAt: timestamp(track.updatedAt),
  });

const trackSettingsMessage = (settings: TrackSettings) => ({
  code: settings.code,
  name: { ...settings.name },
  description: settings.description,
  modules: settings.modules.map((module) => ({
    ...module,
    title: { ...module.title },
    skillCodes: [...module.skillCodes],
  })),
  completion: { ...settings.completion },
});

/** No venue province is no reference at all: an empty one would fail the contract's rules. */
export const cohortMessage = (cohort: Cohort) =>
  create(CohortSchema, {
    id: cohort.id,
    settings: cohortSettingsMessage(cohort.settings),
    status: cohortStatuses.encode(cohort.status),
    enrolledCount: cohort.enrolledCount,
    waitlistedCount: cohort.waitlistedCount,
    version: cohort.version,
    createdAt: timestamp(cohort.createdAt),
    updatedAt: timestamp(cohort.updatedAt),
  });

const cohortSettingsMessage = (settings: CohortSettings) => ({
  trackId: settings.trackId,
  intakeRoundId: settings.intakeRoundId,
  code: settings.code,
  name: { ...settings.name },
  startDate: settings.startDate,
  endDate: settings.endDate,
  capacity: settings.capacity,
  deliveryMode: deliveryModes.encode(settings.deliveryMode),
  venueProvince:
    settings.venueProvinceCode === '' ? undefined : { code: settings.venueProvinceCode },
  venue: settings.venue,
  facilitators: settings.facilitators.map((facilitator) => ({ ...facilitator })),
});

export const sessionMessage = (session: Session) =>
  create(SessionSchema, {
    id: session.id,
    cohortId: session.cohortId,
    settings: {
      ...session.settings,
      startsAt: timestamp(session.settings.startsAt),
      endsAt: timestamp(session.settings.endsAt),
      mode: sessionModes.encode(session.settings.mode),
      checkIn: { ...session.settings.checkIn },
    },
    cancelled: session.cancelled,
    version: session.version,
  });

/** The trainee as enrolments and the events show them. */
export const traineeMessage = (trainee: Trainee) => ({
  fullName: trainee.fullName,
  email: trainee.email,
  userSubject: trainee.userSubject,
  organisation: { code: trainee.organisationCode },
  effectiveOrganisation: { code: trainee.effectiveOrganisationCode },
  position: trainee.position,
  unit: trainee.unit,
  specialties: [...trainee.specialties],
  languages: [...trainee.languages],
});

/** An enrolment with its place in the queue (0 unless waitlisted). */
export const enrolmentMessage = (enrolment: Enrolment, waitlistPosition = 0) =>
  create(EnrolmentSchema, {
    id: enrolment.id,
    nominationId: enrolment.nominationId,
    roundId: enrolment.roundId,
    trainee: traineeMessage(enrolment.trainee),
    cohortId: enrolment.cohortId,
    status: enrolmentStatuses.encode(enrolment.status),
    waitlistPosition,
    progress: {
      ...enrolment.progress,
      modulesPassed: [...enrolment.progress.modulesPassed],
      unmet: enrolment.progress.unmet.map(requirementMessage),
    },
    reason: enrolment.reason,
    certificateId: enrolment.certificateId,
    version: enrolment.version,
    createdAt: timestamp(enrolment.createdAt),
    updatedAt: timestamp(enrolment.updatedAt),
  });
