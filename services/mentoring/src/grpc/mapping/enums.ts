import { enumCodec } from '@expertnet/platform';
import {
  ApplicationStatus,
  AssignmentStatus,
  FeedbackRole,
  GoalStatus,
  Guardrail,
  MatchReasonKind,
  MatchRunStatus,
  MeetingMode,
  MeetingStatus,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import type {
  ApplicationStatus as ApplicationStatusName,
  AssignmentStatus as AssignmentStatusName,
  FeedbackRole as FeedbackRoleName,
  GoalStatus as GoalStatusName,
  MatchRunStatus as MatchRunStatusName,
  MeetingStatus as MeetingStatusName,
} from '../../domain/index.ts';
import type {
  GuardrailKind,
  MeetingMode as MeetingModeName,
  ScorePartKind,
} from '../../domain/matching/types.ts';

export const meetingModes = enumCodec<MeetingModeName, MeetingMode>({
  online: MeetingMode.ONLINE,
  'in-person': MeetingMode.IN_PERSON,
  any: MeetingMode.ANY,
});

export const applicationStatuses = enumCodec<ApplicationStatusName, ApplicationStatus>({
  open: ApplicationStatus.OPEN,
  proposed: ApplicationStatus.PROPOSED,
  matched: ApplicationStatus.MATCHED,
  withdrawn: ApplicationStatus.WITHDRAWN,
});

export const assignmentStatuses = enumCodec<AssignmentStatusName, AssignmentStatus>({
  proposed: AssignmentStatus.PROPOSED,
  active: AssignmentStatus.ACTIVE,
  declined: AssignmentStatus.DECLINED,
  expired: AssignmentStatus.EXPIRED,
  completed: AssignmentStatus.COMPLETED,
  'ended-early': AssignmentStatus.ENDED_EARLY,
});

export const meetingStatuses = enumCodec<MeetingStatusName, MeetingStatus>({
  scheduled: MeetingStatus.SCHEDULED,
  held: MeetingStatus.HELD,
  missed: MeetingStatus.MISSED,
  cancelled: MeetingStatus.CANCELLED,
});

export const goalStatuses = enumCodec<GoalStatusName, GoalStatus>({
  open: GoalStatus.OPEN,
  'in-progress': GoalStatus.IN_PROGRESS,
  achieved: GoalStatus.ACHIEVED,
  dropped: GoalStatus.DROPPED,
});

export const feedbackRoles = enumCodec<FeedbackRoleName, FeedbackRole>({
  mentor: FeedbackRole.MENTOR,
  mentee: FeedbackRole.MENTEE,
});

export const matchRunStatuses = enumCodec<MatchRunStatusName, MatchRunStatus>({
  draft: MatchRunStatus.DRAFT,
  publishing: MatchRunStatus.PUBLISHING,
  published: MatchRunStatus.PUBLISHED,
});

export const scorePartKinds = enumCodec<ScorePartKind, MatchReasonKind>({
  skills: MatchReasonKind.SKILLS,
  topics: MatchReasonKind.TOPICS,
  language: MatchReasonKind.LANGUAGE,
  modality: MatchReasonKind.MODALITY,
  availability: MatchReasonKind.AVAILABILITY,
  load: MatchReasonKind.LOAD,
});

export const guardrails = enumCodec<GuardrailKind, Guardrail>({
  'same-person': Guardrail.SAME_PERSON,
  'same-unit': Guardrail.SAME_UNIT,
  'reporting-line': Guardrail.REPORTING_LINE,
  'nominator-or-reviewer': Guardrail.NOMINATOR_OR_REVIEWER,
  'repeat-pair': Guardrail.REPEAT_PAIR,
  'at-capacity': Guardrail.AT_CAPACITY,
  'not-willing': Guardrail.NOT_WILLING,
  unavailable: Guardrail.UNAVAILABLE,
  'declined-before': Guardrail.DECLINED_BEFORE,
  'too-far': Guardrail.TOO_FAR,
});
