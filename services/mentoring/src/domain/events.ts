/**
 * The events the mentoring domain asks to publish, as plain data: `type` is the subject named in
 * events.proto, `orgCode` the mentee's organisation (the programme office's for programmes). The
 * service maps each to its message (events/event-messages.ts) and writes it to the outbox of the
 * document whose change produced it. Notes and comments never travel in events.
 */
import type { SubjectEvent } from '@expertnet/platform';
import { MENTORING_SUBJECTS } from '@expertnet/proto/events';
import type { Application, Assignment, Feedback, MatchRun, Meeting, Programme } from './types.ts';

export const EVENT_TYPES = MENTORING_SUBJECTS;

export type MentoringEvent =
  | SubjectEvent<
      typeof MENTORING_SUBJECTS.programmeChanged,
      { programme: Programme; updated: boolean }
    >
  | SubjectEvent<typeof MENTORING_SUBJECTS.applicationSubmitted, { application: Application }>
  | SubjectEvent<
      typeof MENTORING_SUBJECTS.applicationWithdrawn,
      { application: Application; reason: string }
    >
  | SubjectEvent<typeof MENTORING_SUBJECTS.matchRunPublished, { run: MatchRun }>
  | SubjectEvent<typeof MENTORING_SUBJECTS.assignmentProposed, { assignment: Assignment }>
  | SubjectEvent<typeof MENTORING_SUBJECTS.assignmentAccepted, { assignment: Assignment }>
  | SubjectEvent<typeof MENTORING_SUBJECTS.assignmentDeclined, { assignment: Assignment }>
  | SubjectEvent<typeof MENTORING_SUBJECTS.assignmentEnded, { assignment: Assignment }>
  | SubjectEvent<typeof MENTORING_SUBJECTS.assignmentGoalsSet, { assignment: Assignment }>
  | SubjectEvent<
      typeof MENTORING_SUBJECTS.meetingScheduled,
      { assignment: Assignment; meeting: Meeting; rescheduled: boolean }
    >
  | SubjectEvent<
      typeof MENTORING_SUBJECTS.meetingCancelled,
      { assignment: Assignment; meeting: Meeting }
    >
  | SubjectEvent<
      typeof MENTORING_SUBJECTS.meetingRecorded,
      { assignment: Assignment; meeting: Meeting }
    >
  | SubjectEvent<
      typeof MENTORING_SUBJECTS.feedbackSubmitted,
      { assignment: Assignment; feedback: Feedback }
    >;

/** The events about a pair that carry the pair alone. */
export type AssignmentEventType =
  | typeof MENTORING_SUBJECTS.assignmentProposed
  | typeof MENTORING_SUBJECTS.assignmentAccepted
  | typeof MENTORING_SUBJECTS.assignmentDeclined
  | typeof MENTORING_SUBJECTS.assignmentEnded
  | typeof MENTORING_SUBJECTS.assignmentGoalsSet;

/** An event about a pair, addressed to the mentee's organisation. */
export const assignmentEvent = (
  type: AssignmentEventType,
  assignment: Assignment,
): MentoringEvent => ({
  type,
  orgCode: assignment.mentee.organisationCode,
  payload: { assignment },
});

export const applicationEvent = (
  type:
    typeof MENTORING_SUBJECTS.applicationSubmitted | typeof MENTORING_SUBJECTS.applicationWithdrawn,
  application: Application,
  reason = '',
): MentoringEvent =>
  type === MENTORING_SUBJECTS.applicationSubmitted
    ? { type, orgCode: application.mentee.organisationCode, payload: { application } }
    : { type, orgCode: application.mentee.organisationCode, payload: { application, reason } };
