import type { MessageKey } from '../../i18n/i18n.tsx';
import type {
  ApplicationStatus,
  AssignmentStatus,
  FeedbackRole,
  GoalStatus,
  Guardrail,
  MatchRunStatus,
  MeetingMode,
  MeetingStatus,
  ScoreKind,
} from './types.ts';
import type { WeightPart } from './programme-draft.ts';
import type { SummaryFigure } from './board.ts';

export const APPLICATION_STATUS: Readonly<Record<ApplicationStatus, MessageKey>> = {
  APPLICATION_STATUS_UNSPECIFIED: 'mentoring.status.unknown',
  APPLICATION_STATUS_OPEN: 'mentoring.application.open',
  APPLICATION_STATUS_PROPOSED: 'mentoring.application.proposed',
  APPLICATION_STATUS_MATCHED: 'mentoring.application.matched',
  APPLICATION_STATUS_WITHDRAWN: 'mentoring.application.withdrawn',
};

export const ASSIGNMENT_STATUS: Readonly<Record<AssignmentStatus, MessageKey>> = {
  ASSIGNMENT_STATUS_UNSPECIFIED: 'mentoring.status.unknown',
  ASSIGNMENT_STATUS_PROPOSED: 'mentoring.pair.proposed',
  ASSIGNMENT_STATUS_ACTIVE: 'mentoring.pair.active',
  ASSIGNMENT_STATUS_DECLINED: 'mentoring.pair.declined',
  ASSIGNMENT_STATUS_EXPIRED: 'mentoring.pair.expired',
  ASSIGNMENT_STATUS_COMPLETED: 'mentoring.pair.completed',
  ASSIGNMENT_STATUS_ENDED_EARLY: 'mentoring.pair.endedEarly',
};

export const ASSIGNMENT_TONE: Readonly<
  Record<AssignmentStatus, 'neutral' | 'good' | 'warn' | 'bad' | 'info'>
> = {
  ASSIGNMENT_STATUS_UNSPECIFIED: 'neutral',
  ASSIGNMENT_STATUS_PROPOSED: 'info',
  ASSIGNMENT_STATUS_ACTIVE: 'good',
  ASSIGNMENT_STATUS_DECLINED: 'bad',
  ASSIGNMENT_STATUS_EXPIRED: 'warn',
  ASSIGNMENT_STATUS_COMPLETED: 'neutral',
  ASSIGNMENT_STATUS_ENDED_EARLY: 'warn',
};

export const RUN_STATUS: Readonly<Record<MatchRunStatus, MessageKey>> = {
  MATCH_RUN_STATUS_UNSPECIFIED: 'mentoring.status.unknown',
  MATCH_RUN_STATUS_DRAFT: 'mentoring.run.draft',
  MATCH_RUN_STATUS_PUBLISHING: 'mentoring.run.publishing',
  MATCH_RUN_STATUS_PUBLISHED: 'mentoring.run.published',
};

export const MEETING_STATUS: Readonly<Record<MeetingStatus, MessageKey>> = {
  MEETING_STATUS_UNSPECIFIED: 'mentoring.status.unknown',
  MEETING_STATUS_SCHEDULED: 'mentoring.meeting.scheduled',
  MEETING_STATUS_HELD: 'mentoring.meeting.held',
  MEETING_STATUS_MISSED: 'mentoring.meeting.missed',
  MEETING_STATUS_CANCELLED: 'mentoring.meeting.cancelled',
};

export const MEETING_MODE: Readonly<Record<MeetingMode, MessageKey>> = {
  MEETING_MODE_UNSPECIFIED: 'mentoring.status.unknown',
  MEETING_MODE_ONLINE: 'mentoring.mode.online',
  MEETING_MODE_IN_PERSON: 'mentoring.mode.inPerson',
  MEETING_MODE_ANY: 'mentoring.mode.any',
};

export const GOAL_STATUS: Readonly<Record<GoalStatus, MessageKey>> = {
  GOAL_STATUS_OPEN: 'mentoring.goal.open',
  GOAL_STATUS_IN_PROGRESS: 'mentoring.goal.inProgress',
  GOAL_STATUS_ACHIEVED: 'mentoring.goal.achieved',
  GOAL_STATUS_DROPPED: 'mentoring.goal.dropped',
};

export const FEEDBACK_ROLE: Readonly<Record<FeedbackRole, MessageKey>> = {
  FEEDBACK_ROLE_UNSPECIFIED: 'mentoring.status.unknown',
  FEEDBACK_ROLE_MENTOR: 'mentoring.role.mentor',
  FEEDBACK_ROLE_MENTEE: 'mentoring.role.mentee',
};

export const SCORE_KIND: Readonly<Record<ScoreKind, MessageKey>> = {
  MATCH_REASON_KIND_UNSPECIFIED: 'mentoring.status.unknown',
  MATCH_REASON_KIND_TOPIC_SKILLS: 'mentoring.part.topicSkills',
  MATCH_REASON_KIND_SAME_PROVINCE: 'mentoring.part.sameProvince',
  MATCH_REASON_KIND_SAME_SECTOR: 'mentoring.part.sameSector',
  MATCH_REASON_KIND_LANGUAGE: 'mentoring.part.language',
  MATCH_REASON_KIND_VERIFIED_SKILLS: 'mentoring.part.verifiedSkills',
  MATCH_REASON_KIND_TOPICS: 'mentoring.part.topics',
  MATCH_REASON_KIND_MODALITY: 'mentoring.part.modality',
  MATCH_REASON_KIND_AVAILABILITY: 'mentoring.part.availability',
  MATCH_REASON_KIND_LOAD: 'mentoring.part.load',
  MATCH_REASON_KIND_SKILLS: 'mentoring.part.skills',
};

export const WEIGHT_LABEL: Readonly<Record<WeightPart, MessageKey>> = {
  skills: 'mentoring.part.skills',
  topics: 'mentoring.part.topics',
  language: 'mentoring.part.language',
  modality: 'mentoring.part.modality',
  availability: 'mentoring.part.availability',
  load: 'mentoring.part.load',
};

export const GUARDRAIL: Readonly<Record<Guardrail, MessageKey>> = {
  GUARDRAIL_UNSPECIFIED: 'mentoring.status.unknown',
  GUARDRAIL_SAME_PERSON: 'mentoring.guardrail.samePerson',
  GUARDRAIL_SAME_UNIT: 'mentoring.guardrail.sameUnit',
  GUARDRAIL_REPORTING_LINE: 'mentoring.guardrail.reportingLine',
  GUARDRAIL_NOMINATOR_OR_REVIEWER: 'mentoring.guardrail.nominatorOrReviewer',
  GUARDRAIL_REPEAT_PAIR: 'mentoring.guardrail.repeatPair',
  GUARDRAIL_AT_CAPACITY: 'mentoring.guardrail.atCapacity',
  GUARDRAIL_NOT_WILLING: 'mentoring.guardrail.notWilling',
  GUARDRAIL_UNAVAILABLE: 'mentoring.guardrail.unavailable',
  GUARDRAIL_DECLINED_BEFORE: 'mentoring.guardrail.declinedBefore',
  GUARDRAIL_TOO_FAR: 'mentoring.guardrail.tooFar',
  GUARDRAIL_NOT_ELIGIBLE: 'mentoring.guardrail.notEligible',
};

export const FIGURE_LABEL: Readonly<Record<SummaryFigure, MessageKey>> = {
  menteesMatched: 'mentoring.board.menteesMatched',
  totalScore: 'mentoring.board.totalScore',
  mentorsUsed: 'mentoring.board.mentorsUsed',
  maxLoad: 'mentoring.board.maxLoad',
};
