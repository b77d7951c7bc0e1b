import { invalidArgument, type HandlersOf } from '@expertnet/platform';
import type { MentoringService } from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { assignmentMessage, auditEntryMessage } from './mapping/answers.ts';
import { assignmentStatuses } from './mapping/enums.ts';
import { goalsOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof MentoringService>;

/** Proposals, answers, the pair's goals, its end and its history. */
export function assignmentHandlers({ app, now }: HandlerDependencies) {
  return {
    async proposeAssignment(request, call) {
      const assignment = await app.proposeAssignment(callerOf(call, now()), {
        applicationId: request.applicationId,
        mentorExpertId: request.mentorExpertId,
        message: request.message,
        respondWithinDays: request.respondWithinDays,
        repeatOverrideReason: request.repeatOverrideReason,
      });
      return { assignment: assignmentMessage(assignment) };
    },
    async respondToAssignment(request, call) {
      const assignment = await app.respondToAssignment(callerOf(call, now()), {
        assignmentId: request.assignmentId,
        expectedVersion: request.expectedVersion,
        accept: request.accept,
        reason: request.reason,
      });
      return { assignment: assignmentMessage(assignment) };
    },
    async endAssignment(request, call) {
      const outcome = assignmentStatuses.decode(request.outcome, 'outcome');
      if (outcome !== 'completed' && outcome !== 'ended-early') {
        throw invalidArgument([
          {
            field: 'outcome',
            description: 'must be COMPLETED or ENDED_EARLY',
            rule: 'end.outcome',
          },
        ]);
      }
      const assignment = await app.endAssignment(callerOf(call, now()), {
        assignmentId: request.assignmentId,
        expectedVersion: request.expectedVersion,
        outcome,
        reason: request.reason,
        rematch: request.rematch,
      });
      return { assignment: assignmentMessage(assignment) };
    },
    async getAssignment(request, call) {
      const { assignment, mentor } = await app.getAssignment(
        callerOf(call, now()),
        request.assignmentId,
      );
      return { assignment: assignmentMessage(assignment, mentor) };
    },
    async listAssignments(request, call) {
      const page = await app.listAssignments(callerOf(call, now()), {
        mentorExpertId: request.mentorExpertId,
        statuses: request.statuses.map((status, index) =>
          assignmentStatuses.decode(status, `statuses[${index}]`),
        ),
        onlyMine: request.onlyMine,
        programmeId: request.programmeId,
        page: pageOf(request.page),
      });
      return {
        assignments: page.items.map((assignment) => assignmentMessage(assignment)),
        page: { nextCursor: page.nextCursor },
      };
    },
    async setGoals(request, call) {
      const assignment = await app.setGoals(callerOf(call, now()), {
        assignmentId: request.assignmentId,
        expectedVersion: request.expectedVersion,
        goals: goalsOf(request.goals),
      });
      return { assignment: assignmentMessage(assignment) };
    },
    async listAssignmentHistory(request, call) {
      const entries = await app.listAssignmentHistory(callerOf(call, now()), request.assignmentId);
      return { entries: entries.map(auditEntryMessage) };
    },
  } satisfies Partial<Handlers>;
}
