import {
  PROGRAMME_OFFICE,
  EVENT_TYPES,
  refused,
  type Feedback,
  type FeedbackRole,
} from '../domain/index.ts';
import { FEEDBACK_COLLECTION, feedbackIdOf } from '../repositories/meetings.repository.ts';
import { loadAssignment, pairTarget } from './assignments.ts';
import { allow, subjectOf, type Caller } from './shared/caller.ts';
import { envelopes, written, type Dependencies } from './shared/dependencies.ts';

/**
 * Feedback from one side of the pair: on a held meeting, or on the pair as a whole (both sides'
 * are needed to complete it). One per author per meeting and per pair.
 */
export const submitFeedback =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly assignmentId: string;
      readonly meetingId: string;
      readonly rating: number;
      readonly comment: string;
      readonly shared: boolean;
    },
  ): Promise<Feedback> => {
    const assignment = await loadAssignment(deps, input.assignmentId);
    const party = allow(caller, 'SubmitFeedback', await pairTarget(deps, assignment));
    const role: FeedbackRole = party === 'mentor' ? 'mentor' : 'mentee';
    if (
      assignment.status !== 'active' &&
      assignment.status !== 'completed' &&
      assignment.status !== 'ended-early'
    ) {
      throw refused(
        'failed-precondition',
        'ASSIGNMENT_NOT_ACTIVE',
        'assignment_id',
        `assignment ${assignment.id} is ${assignment.status}`,
      );
    }
    if (input.meetingId !== '') {
      const meeting = await deps.meetings.get(input.meetingId);
      if (meeting?.assignmentId !== assignment.id) {
        throw refused(
          'not-found',
          'NOT_FOUND',
          'meeting_id',
          `meeting ${input.meetingId} is not one of this pair's`,
        );
      }
      if (meeting.status !== 'held') {
        throw refused(
          'failed-precondition',
          'MEETING_NOT_HELD',
          'meeting_id',
          `meeting ${meeting.id} is ${meeting.status}`,
        );
      }
    }
    const feedback: Feedback & { version: number } = {
      id: feedbackIdOf(assignment.id, input.meetingId, role),
      assignmentId: assignment.id,
      meetingId: input.meetingId,
      authorRole: role,
      rating: input.rating,
      comment: input.comment,
      shared: input.shared,
      submittedAt: caller.context.now,
      version: 1,
    };
    const event = {
      type: EVENT_TYPES.feedbackSubmitted,
      orgCode: assignment.mentee.organisationCode,
      payload: { assignment, feedback },
    };
    const inserted = await deps.feedback.insert(feedback, envelopes(deps, [event], caller.context));
    if (!inserted) {
      throw refused(
        'already-exists',
        'FEEDBACK_ALREADY_GIVEN',
        input.meetingId === '' ? 'assignment_id' : 'meeting_id',
        'this feedback was given already',
      );
    }
    written(deps, undefined, FEEDBACK_COLLECTION, feedback.id);
    return feedback;
  };

/** The pair's feedback; a comment is shown to its author, to the other side when shared, and to the office. */
export const listFeedback =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly assignmentId: string; readonly page: { pageSize: number; cursor: string } },
  ) => {
    const assignment = await loadAssignment(deps, input.assignmentId);
    const target = await pairTarget(deps, assignment);
    allow(caller, 'ListFeedback', target);
    const office = caller.principal?.roles.has(PROGRAMME_OFFICE) ?? false;
    const subject = subjectOf(caller);
    const ownRole =
      target.mentor.userSubject === subject
        ? 'mentor'
        : target.mentee.userSubject === subject
          ? 'mentee'
          : '';
    const page = await deps.feedback.list(assignment.id, input.page);
    return {
      items: page.items.map((feedback) => ({
        feedback,
        withComment: office || feedback.shared || feedback.authorRole === ownRole,
      })),
      nextCursor: page.nextCursor,
    };
  };
