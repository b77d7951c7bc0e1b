import { invalidArgument, type HandlersOf } from '@expertnet/platform';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import type { MentoringService } from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { feedbackMessage, meetingMessage } from './mapping/answers.ts';
import { meetingStatuses } from './mapping/enums.ts';
import { meetingSettingsOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof MentoringService>;

/** The pair's meetings and feedback. */
export function meetingHandlers({ app, now }: HandlerDependencies) {
  return {
    async scheduleMeeting(request, call) {
      const meeting = await app.scheduleMeeting(callerOf(call, now()), {
        assignmentId: request.assignmentId,
        settings: meetingSettingsOf(request.settings),
      });
      return { meeting: meetingMessage(meeting, true) };
    },
    async updateMeeting(request, call) {
      const meeting = await app.updateMeeting(callerOf(call, now()), {
        meetingId: request.meetingId,
        expectedVersion: request.expectedVersion,
        settings: meetingSettingsOf(request.settings),
        cancel: request.cancel,
        cancellationReason: request.cancellationReason,
      });
      return { meeting: meetingMessage(meeting, true) };
    },
    async recordMeetingOutcome(request, call) {
      const status = meetingStatuses.decode(request.status, 'status');
      if (status !== 'held' && status !== 'missed') {
        throw invalidArgument([
          { field: 'status', description: 'must be HELD or MISSED', rule: 'enum.in' },
        ]);
      }
      const meeting = await app.recordMeetingOutcome(callerOf(call, now()), {
        meetingId: request.meetingId,
        expectedVersion: request.expectedVersion,
        status,
        notes: request.summary,
      });
      return { meeting: meetingMessage(meeting, true) };
    },
    async listMeetings(request, call) {
      const page = await app.listMeetings(callerOf(call, now()), {
        assignmentId: request.assignmentId,
        startsFrom:
          request.startsFrom === undefined ? undefined : timestampDate(request.startsFrom),
        page: pageOf(request.page),
      });
      return {
        meetings: page.items.map(({ meeting, withNotes }) => meetingMessage(meeting, withNotes)),
        page: { nextCursor: page.nextCursor },
      };
    },
    async submitFeedback(request, call) {
      const feedback = await app.submitFeedback(callerOf(call, now()), {
        assignmentId: request.assignmentId,
        meetingId: request.meetingId,
        rating: request.rating,
        comment: request.comment,
        shared: request.shared,
      });
      return { feedback: feedbackMessage(feedback, true) };
    },
    async listFeedback(request, call) {
      const page = await app.listFeedback(callerOf(call, now()), {
        assignmentId: request.assignmentId,
        page: pageOf(request.page),
      });
      return {
        feedback: page.items.map(({ feedback, withComment }) =>
          feedbackMessage(feedback, withComment),
        ),
        page: { nextCursor: page.nextCursor },
      };
    },
  } satisfies Partial<Handlers>;
}
