// The event contracts in one place: each domain's stream, and each subject with the protobuf
// message it carries. Producers and consumers import these; nobody spells a subject or a stream
// as a string literal of its own. Subjects are `<domain>.<entity>.<event>`; a subject is never
// renamed and its message only grows (buf breaking guards the messages).
import type { DescMessage } from '@bufbuild/protobuf';
import {
  CertificateRevokedSchema,
  ModulePassedSchema,
  SessionAttendedSchema,
  TraineeDroppedSchema,
  TraineeEnrolledSchema,
  TraineeGraduatedSchema,
  TraineeTransferredSchema,
} from '../gen/expertnet/cohorts/v1/events_pb.ts';
import {
  AvailabilityChangedSchema,
  ProfileCreatedSchema,
  ProfileUpdatedSchema,
} from '../gen/expertnet/directory/v1/events_pb.ts';
import {
  DispatchAcceptedSchema,
  DispatchDeclinedSchema,
  DispatchWithdrawnSchema,
  EngagementChangedSchema,
  ExpertInvitedSchema,
  ReleaseDecidedSchema,
  ServiceLevelBreachedSchema,
  SupportRequestAcceptedSchema,
  SupportRequestCancelledSchema,
  SupportRequestChangesRequestedSchema,
  SupportRequestCompletedSchema,
  SupportRequestDeclinedSchema,
  SupportRequestMergedSchema,
  SupportRequestRatedSchema,
  SupportRequestStaffedSchema,
  SupportRequestSubmittedSchema,
} from '../gen/expertnet/coordination/v1/events_pb.ts';
import {
  ApplicationSubmittedSchema,
  ApplicationWithdrawnSchema,
  AssignmentAcceptedSchema,
  AssignmentDeclinedSchema,
  AssignmentEndedSchema,
  AssignmentGoalsSetSchema,
  AssignmentProposedSchema,
  FeedbackSubmittedSchema,
  MatchRunPublishedSchema,
  MeetingCancelledSchema,
  MeetingRecordedSchema,
  MeetingScheduledSchema,
  ProgrammeChangedSchema,
} from '../gen/expertnet/mentoring/v1/events_pb.ts';
import {
  DuplicateCandidateFlaggedSchema,
  NominationAcceptedSchema,
  NominationRejectedSchema,
  NominationReturnedSchema,
  NominationSubmittedSchema,
  NominationWaitlistedSchema,
  NominationWithdrawnSchema,
  QuotaShortfallSchema,
  RoundClosedSchema,
  RoundOpenedSchema,
} from '../gen/expertnet/nominations/v1/events_pb.ts';

/** A JetStream stream as a producer declares it and a consumer expects it. */
export interface StreamDefinition {
  readonly name: string;
  readonly subjects: readonly string[];
}

export const NOMINATIONS_STREAM: StreamDefinition = {
  name: 'NOMINATIONS',
  subjects: ['nominations.>'],
};
export const COHORTS_STREAM: StreamDefinition = { name: 'COHORTS', subjects: ['cohorts.>'] };
export const DIRECTORY_STREAM: StreamDefinition = { name: 'DIRECTORY', subjects: ['directory.>'] };
export const MENTORING_STREAM: StreamDefinition = { name: 'MENTORING', subjects: ['mentoring.>'] };
export const COORDINATION_STREAM: StreamDefinition = {
  name: 'COORDINATION',
  subjects: ['coordination.>'],
};

export const NOMINATIONS_SUBJECTS = {
  roundOpened: 'nominations.round.opened',
  roundClosed: 'nominations.round.closed',
  nominationSubmitted: 'nominations.nomination.submitted',
  nominationReturned: 'nominations.nomination.returned',
  nominationAccepted: 'nominations.nomination.accepted',
  nominationRejected: 'nominations.nomination.rejected',
  nominationWaitlisted: 'nominations.nomination.waitlisted',
  nominationWithdrawn: 'nominations.nomination.withdrawn',
  quotaShortfall: 'nominations.quota.shortfall',
  duplicateFlagged: 'nominations.duplicate.flagged',
} as const;

export const COHORTS_SUBJECTS = {
  traineeEnrolled: 'cohorts.trainee.enrolled',
  traineeTransferred: 'cohorts.trainee.transferred',
  traineeDropped: 'cohorts.trainee.dropped',
  sessionAttended: 'cohorts.session.attended',
  modulePassed: 'cohorts.module.passed',
  traineeGraduated: 'cohorts.trainee.graduated',
  certificateRevoked: 'cohorts.certificate.revoked',
} as const;

export const DIRECTORY_SUBJECTS = {
  profileCreated: 'directory.profile.created',
  profileUpdated: 'directory.profile.updated',
  availabilityChanged: 'directory.profile.availability_changed',
} as const;

type SubjectOf<Subjects> = Subjects[keyof Subjects];
export type NominationsSubject = SubjectOf<typeof NOMINATIONS_SUBJECTS>;
export type CohortsSubject = SubjectOf<typeof COHORTS_SUBJECTS>;
export type DirectorySubject = SubjectOf<typeof DIRECTORY_SUBJECTS>;

/** The message each nominations subject carries. */
export const NOMINATIONS_EVENTS = {
  [NOMINATIONS_SUBJECTS.roundOpened]: RoundOpenedSchema,
  [NOMINATIONS_SUBJECTS.roundClosed]: RoundClosedSchema,
  [NOMINATIONS_SUBJECTS.nominationSubmitted]: NominationSubmittedSchema,
  [NOMINATIONS_SUBJECTS.nominationReturned]: NominationReturnedSchema,
  [NOMINATIONS_SUBJECTS.nominationAccepted]: NominationAcceptedSchema,
  [NOMINATIONS_SUBJECTS.nominationRejected]: NominationRejectedSchema,
  [NOMINATIONS_SUBJECTS.nominationWaitlisted]: NominationWaitlistedSchema,
  [NOMINATIONS_SUBJECTS.nominationWithdrawn]: NominationWithdrawnSchema,
  [NOMINATIONS_SUBJECTS.quotaShortfall]: QuotaShortfallSchema,
  [NOMINATIONS_SUBJECTS.duplicateFlagged]: DuplicateCandidateFlaggedSchema,
} as const satisfies Record<NominationsSubject, DescMessage>;

/** The message each cohorts subject carries. */
export const COHORTS_EVENTS = {
  [COHORTS_SUBJECTS.traineeEnrolled]: TraineeEnrolledSchema,
  [COHORTS_SUBJECTS.traineeTransferred]: TraineeTransferredSchema,
  [COHORTS_SUBJECTS.traineeDropped]: TraineeDroppedSchema,
  [COHORTS_SUBJECTS.sessionAttended]: SessionAttendedSchema,
  [COHORTS_SUBJECTS.modulePassed]: ModulePassedSchema,
  [COHORTS_SUBJECTS.traineeGraduated]: TraineeGraduatedSchema,
  [COHORTS_SUBJECTS.certificateRevoked]: CertificateRevokedSchema,
} as const satisfies Record<CohortsSubject, DescMessage>;

/** The message each directory subject carries. */
export const DIRECTORY_EVENTS = {
  [DIRECTORY_SUBJECTS.profileCreated]: ProfileCreatedSchema,
  [DIRECTORY_SUBJECTS.profileUpdated]: ProfileUpdatedSchema,
  [DIRECTORY_SUBJECTS.availabilityChanged]: AvailabilityChangedSchema,
} as const satisfies Record<DirectorySubject, DescMessage>;

export const MENTORING_SUBJECTS = {
  programmeChanged: 'mentoring.programme.changed',
  applicationSubmitted: 'mentoring.application.submitted',
  applicationWithdrawn: 'mentoring.application.withdrawn',
  matchRunPublished: 'mentoring.match_run.published',
  assignmentProposed: 'mentoring.assignment.proposed',
  assignmentAccepted: 'mentoring.assignment.accepted',
  assignmentDeclined: 'mentoring.assignment.declined',
  assignmentEnded: 'mentoring.assignment.ended',
  assignmentGoalsSet: 'mentoring.assignment.goals_set',
  meetingScheduled: 'mentoring.meeting.scheduled',
  meetingCancelled: 'mentoring.meeting.cancelled',
  meetingRecorded: 'mentoring.meeting.recorded',
  feedbackSubmitted: 'mentoring.feedback.submitted',
} as const;

export type MentoringSubject = SubjectOf<typeof MENTORING_SUBJECTS>;

/** The message each mentoring subject carries. */
export const MENTORING_EVENTS = {
  [MENTORING_SUBJECTS.programmeChanged]: ProgrammeChangedSchema,
  [MENTORING_SUBJECTS.applicationSubmitted]: ApplicationSubmittedSchema,
  [MENTORING_SUBJECTS.applicationWithdrawn]: ApplicationWithdrawnSchema,
  [MENTORING_SUBJECTS.matchRunPublished]: MatchRunPublishedSchema,
  [MENTORING_SUBJECTS.assignmentProposed]: AssignmentProposedSchema,
  [MENTORING_SUBJECTS.assignmentAccepted]: AssignmentAcceptedSchema,
  [MENTORING_SUBJECTS.assignmentDeclined]: AssignmentDeclinedSchema,
  [MENTORING_SUBJECTS.assignmentEnded]: AssignmentEndedSchema,
  [MENTORING_SUBJECTS.assignmentGoalsSet]: AssignmentGoalsSetSchema,
  [MENTORING_SUBJECTS.meetingScheduled]: MeetingScheduledSchema,
  [MENTORING_SUBJECTS.meetingCancelled]: MeetingCancelledSchema,
  [MENTORING_SUBJECTS.meetingRecorded]: MeetingRecordedSchema,
  [MENTORING_SUBJECTS.feedbackSubmitted]: FeedbackSubmittedSchema,
} as const satisfies Record<MentoringSubject, DescMessage>;

export const COORDINATION_SUBJECTS = {
  requestSubmitted: 'coordination.request.submitted',
  requestAccepted: 'coordination.request.accepted',
  requestDeclined: 'coordination.request.declined',
  requestChangesRequested: 'coordination.request.changes_requested',
  requestMerged: 'coordination.request.merged',
  requestStaffed: 'coordination.request.staffed',
  requestCompleted: 'coordination.request.completed',
  requestRated: 'coordination.request.rated',
  requestCancelled: 'coordination.request.cancelled',
  requestEscalated: 'coordination.request.escalated',
  dispatchInvited: 'coordination.dispatch.invited',
  dispatchAccepted: 'coordination.dispatch.accepted',
  dispatchDeclined: 'coordination.dispatch.declined',
  dispatchWithdrawn: 'coordination.dispatch.withdrawn',
  releaseDecided: 'coordination.dispatch.release_decided',
  engagementChanged: 'coordination.engagement.changed',
} as const;

export type CoordinationSubject = SubjectOf<typeof COORDINATION_SUBJECTS>;

/** The message each coordination subject carries. */
export const COORDINATION_EVENTS = {
  [COORDINATION_SUBJECTS.requestSubmitted]: SupportRequestSubmittedSchema,
  [COORDINATION_SUBJECTS.requestAccepted]: SupportRequestAcceptedSchema,
  [COORDINATION_SUBJECTS.requestDeclined]: SupportRequestDeclinedSchema,
  [COORDINATION_SUBJECTS.requestChangesRequested]: SupportRequestChangesRequestedSchema,
  [COORDINATION_SUBJECTS.requestMerged]: SupportRequestMergedSchema,
  [COORDINATION_SUBJECTS.requestStaffed]: SupportRequestStaffedSchema,
  [COORDINATION_SUBJECTS.requestCompleted]: SupportRequestCompletedSchema,
  [COORDINATION_SUBJECTS.requestRated]: SupportRequestRatedSchema,
  [COORDINATION_SUBJECTS.requestCancelled]: SupportRequestCancelledSchema,
  [COORDINATION_SUBJECTS.requestEscalated]: ServiceLevelBreachedSchema,
  [COORDINATION_SUBJECTS.dispatchInvited]: ExpertInvitedSchema,
  [COORDINATION_SUBJECTS.dispatchAccepted]: DispatchAcceptedSchema,
  [COORDINATION_SUBJECTS.dispatchDeclined]: DispatchDeclinedSchema,
  [COORDINATION_SUBJECTS.dispatchWithdrawn]: DispatchWithdrawnSchema,
  [COORDINATION_SUBJECTS.releaseDecided]: ReleaseDecidedSchema,
  [COORDINATION_SUBJECTS.engagementChanged]: EngagementChangedSchema,
} as const satisfies Record<CoordinationSubject, DescMessage>;

// The payload types, so a consumer names what it decodes without reaching into gen/.
export type {
  CertificateRevoked,
  ModulePassed,
  SessionAttended,
  TraineeDropped,
  TraineeEnrolled,
  TraineeGraduated,
  TraineeTransferred,
} from '../gen/expertnet/cohorts/v1/events_pb.ts';
export type {
  AvailabilityChanged,
  ProfileCreated,
  ProfileUpdated,
} from '../gen/expertnet/directory/v1/events_pb.ts';
export type {
  DuplicateCandidateFlagged,
  NominationAccepted,
  NominationFacts,
  NominationRejected,
  NominationReturned,
  NominationSubmitted,
  NominationWaitlisted,
  NominationWithdrawn,
  Nominee,
  QuotaShortfall,
  RoundClosed,
  RoundOpened,
} from '../gen/expertnet/nominations/v1/events_pb.ts';
