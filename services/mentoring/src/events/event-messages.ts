import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { EventMessageMappers } from '@expertnet/platform';
import { MENTORING_SUBJECTS, type MENTORING_EVENTS } from '@expertnet/proto/events';
import type { Assignment, Meeting, MentoringEvent } from '../domain/index.ts';
import {
  assignmentStatuses,
  feedbackRoles,
  meetingModes,
  meetingStatuses,
} from '../grpc/mapping/enums.ts';
import { menteeMessage, planSummaryMessage, settingsMessage } from '../grpc/mapping/answers.ts';

/**
 * Each subject's payload as the message events.proto names for it, field by field, so the
 * compiler checks every event against its contract. Notes, comments and goals' text stay in the
 * service: events carry ids, states and counts.
 */

const factsOf = (assignment: Assignment) => ({
  assignmentId: assignment.id,
  applicationId: assignment.applicationId,
  mentorExpertId: assignment.mentor.expertId,
  mentorUserSubject: assignment.mentor.userSubject,
  mentorName: assignment.mentor.fullName,
  mentee: menteeMessage(assignment.mentee),
  topicSkillCodes: [...assignment.topicCodes],
  programmeId: assignment.programmeId,
});

const meetingFacts = (assignment: Assignment, meeting: Meeting) => ({
  meetingId: meeting.id,
  assignment: factsOf(assignment),
  startsAt: timestampFromDate(meeting.settings.startsAt),
});

export const MENTORING_EVENT_MESSAGES: EventMessageMappers<
  MentoringEvent,
  typeof MENTORING_EVENTS
> = {
  [MENTORING_SUBJECTS.programmeChanged]: ({ programme, updated }) => ({
    programmeId: programme.id,
    settings: settingsMessage(programme.settings),
    updated,
  }),
  [MENTORING_SUBJECTS.applicationSubmitted]: ({ application }) => ({
    applicationId: application.id,
    mentee: menteeMessage(application.mentee),
    topicSkillCodes: [...application.details.topicCodes],
    preferredMode: meetingModes.encode(application.details.preferredMode),
    preferredProvince: { code: application.details.preferredProvinceCode },
    programmeId: application.programmeId,
  }),
  [MENTORING_SUBJECTS.applicationWithdrawn]: ({ application, reason }) => ({
    applicationId: application.id,
    mentee: menteeMessage(application.mentee),
    reason,
  }),
  [MENTORING_SUBJECTS.matchRunPublished]: ({ run }) => ({
    runId: run.id,
    programmeId: run.programmeId,
    pairs: run.pairs.length,
    optimal: planSummaryMessage(run.optimal),
    greedy: planSummaryMessage(run.greedy),
  }),
  [MENTORING_SUBJECTS.assignmentProposed]: ({ assignment }) => ({
    assignment: factsOf(assignment),
    respondBy: timestampFromDate(assignment.respondBy),
  }),
  [MENTORING_SUBJECTS.assignmentAccepted]: ({ assignment }) => ({
    assignment: factsOf(assignment),
    startDate: assignment.startDate,
    plannedEndDate: assignment.plannedEndDate,
  }),
  [MENTORING_SUBJECTS.assignmentDeclined]: ({ assignment }) => ({
    assignment: factsOf(assignment),
    expired: assignment.status === 'expired',
    reason: assignment.reason,
  }),
  [MENTORING_SUBJECTS.assignmentEnded]: ({ assignment }) => ({
    assignment: factsOf(assignment),
    outcome: assignmentStatuses.encode(assignment.status),
    reason: assignment.reason,
    meetingsHeld: assignment.meetingsHeld,
  }),
  [MENTORING_SUBJECTS.assignmentGoalsSet]: ({ assignment }) => ({
    assignment: factsOf(assignment),
    goals: assignment.goals.length,
    achieved: assignment.goals.filter((goal) => goal.status === 'achieved').length,
  }),
  [MENTORING_SUBJECTS.meetingScheduled]: ({ assignment, meeting, rescheduled }) => ({
    ...meetingFacts(assignment, meeting),
    durationMinutes: meeting.settings.durationMinutes,
    mode: meetingModes.encode(meeting.settings.mode),
    rescheduled,
  }),
  [MENTORING_SUBJECTS.meetingCancelled]: ({ assignment, meeting }) => ({
    ...meetingFacts(assignment, meeting),
    reason: meeting.cancellationReason,
  }),
  [MENTORING_SUBJECTS.meetingRecorded]: ({ assignment, meeting }) => ({
    ...meetingFacts(assignment, meeting),
    status: meetingStatuses.encode(meeting.status),
  }),
  [MENTORING_SUBJECTS.feedbackSubmitted]: ({ assignment, feedback }) => ({
    feedbackId: feedback.id,
    assignment: factsOf(assignment),
    meetingId: feedback.meetingId,
    authorRole: feedbackRoles.encode(feedback.authorRole),
    rating: feedback.rating,
  }),
};
