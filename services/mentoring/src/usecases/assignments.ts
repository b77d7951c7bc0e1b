import {
  accept,
  assertVersion,
  decline,
  end,
  EVENT_TYPES,
  expire,
  listScopeOf,
  notFound,
  setGoals as goalsSet,
  type Assignment,
  type AssignmentStatus,
  type Goal,
} from '../domain/index.ts';
import { allow, subjectOf, type Caller } from './shared/caller.ts';
import { pairTarget } from './shared/people.ts';
import { retryOnConflict, type Dependencies } from './shared/dependencies.ts';
import { moveOn, serviceContext } from './shared/move-on.ts';
import { activateMentorPlace, releaseMentorPlace, saveAssignment } from './shared/proposals.ts';

export async function loadAssignment(
  deps: Dependencies,
  assignmentId: string,
  field = 'assignment_id',
) {
  return (
    (await deps.assignments.get(assignmentId)) ??
    Promise.reject(notFound(field, `assignment ${assignmentId}`))
  );
}

export { pairTarget } from './shared/people.ts';

/** Whether each side has given feedback on the pair as a whole, read from the feedback itself. */
async function withFeedbackFlags(deps: Dependencies, assignment: Assignment): Promise<Assignment> {
  const given = await deps.feedback.find({ assignmentId: assignment.id, meetingId: '' });
  const held = await deps.meetings.collection.countDocuments({
    assignmentId: assignment.id,
    status: 'held',
  });
  return {
    ...assignment,
    mentorFeedbackGiven: given.some((feedback) => feedback.authorRole === 'mentor'),
    menteeFeedbackGiven: given.some((feedback) => feedback.authorRole === 'mentee'),
    meetingsHeld: held,
  };
}

export async function markMatched(deps: Dependencies, assignment: Assignment, now: Date) {
  await retryOnConflict(async () => {
    const application = await deps.applications.get(assignment.applicationId);
    if (application?.assignmentId !== assignment.id || application.status !== 'proposed') return;
    await deps.applications.replace(
      { ...application, status: 'matched', version: application.version + 1, updatedAt: now },
      application.version,
      [],
      `application ${application.id}`,
    );
  });
}

/**
 * The mentor's answer. Acceptance takes a place on the mentor's document first (the one write that
 * decides capacity, however many acceptances race), then records the pair as active; a decline
 * frees the place and moves the application on to the next best mentor.
 */
export const respondToAssignment =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly assignmentId: string;
      readonly expectedVersion: number;
      readonly accept: boolean;
      readonly reason: string;
    },
  ): Promise<Assignment> => {
    const current = await loadAssignment(deps, input.assignmentId);
    allow(caller, 'RespondToAssignment', await pairTarget(deps, current));
    assertVersion(current, input.expectedVersion, `assignment ${current.id}`);
    const { context } = caller;
    if (input.accept) {
      const accepted = accept(current, context);
      await activateMentorPlace(deps, current.mentor.expertId, current.id);
      const saved = await saveAssignment(
        deps,
        current,
        accepted,
        EVENT_TYPES.assignmentAccepted,
        context,
      );
      await markMatched(deps, saved, context.now);
      return saved;
    }
    const declined = await saveAssignment(
      deps,
      current,
      decline(current, input.reason, context),
      EVENT_TYPES.assignmentDeclined,
      context,
    );
    await releaseMentorPlace(deps, current.mentor.expertId, current.id);
    await moveOn(deps, current.applicationId, declined, context.now);
    return declined;
  };

/** Proposals past their answer time: expired, the place freed, the application moved on. */
export const expireProposals = (deps: Dependencies) => async () => {
  const now = deps.now();
  const context = serviceContext(now);
  let expired = 0;
  for (const due of await deps.assignments.overdue(now)) {
    const next = expire(due, context);
    if (next === undefined) continue;
    const saved = await saveAssignment(
      deps,
      due,
      next,
      EVENT_TYPES.assignmentDeclined,
      context,
    ).catch((error: unknown) => {
      // Answered meanwhile: the answer stands.
      deps.logger.debug({ err: error, assignmentId: due.id }, 'proposal changed before it expired');
      return undefined;
    });
    if (saved === undefined) continue;
    await releaseMentorPlace(deps, due.mentor.expertId, due.id);
    await moveOn(deps, due.applicationId, saved, now);
    expired += 1;
  }
  return expired;
};

export const endAssignment =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly assignmentId: string;
      readonly expectedVersion: number;
      readonly outcome: 'completed' | 'ended-early';
      readonly reason: string;
      readonly rematch: boolean;
    },
  ): Promise<Assignment> => {
    const current = await loadAssignment(deps, input.assignmentId);
    allow(caller, 'EndAssignment', await pairTarget(deps, current));
    assertVersion(current, input.expectedVersion, `assignment ${current.id}`);
    const { context } = caller;
    const known = await withFeedbackFlags(deps, current);
    const ended = await saveAssignment(
      deps,
      current,
      end(known, input.outcome, input.reason, context),
      EVENT_TYPES.assignmentEnded,
      context,
    );
    await releaseMentorPlace(deps, current.mentor.expertId, current.id);
    // An early end with rematch: the application waits again, and the next best mentor is proposed.
    if (input.outcome === 'ended-early' && input.rematch)
      await moveOn(deps, ended.applicationId, ended, context.now);
    return ended;
  };

export const getAssignment =
  (deps: Dependencies) => async (caller: Caller, assignmentId: string) => {
    const assignment = await loadAssignment(deps, assignmentId);
    allow(caller, 'GetAssignment', await pairTarget(deps, assignment));
    return {
      assignment: await withFeedbackFlags(deps, assignment),
      mentor: await deps.pool.mentor(assignment.mentor.expertId),
    };
  };

export const listAssignments =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly mentorExpertId: string;
      readonly statuses: readonly AssignmentStatus[];
      readonly onlyMine: boolean;
      readonly programmeId: string;
      readonly page: { pageSize: number; cursor: string };
    },
  ) => {
    allow(caller, 'ListAssignments');
    const page = await deps.assignments.list(
      {
        scope: listScopeOf(caller.principal, input.onlyMine),
        ownExpertIds: await deps.pool.expertIdsOfSubject(subjectOf(caller)),
        statuses: input.statuses,
        programmeId: input.programmeId,
        mentorExpertId: input.mentorExpertId,
      },
      input.page,
    );
    const held = await deps.meetings.heldCounts(page.items.map((assignment) => assignment.id));
    return {
      items: page.items.map((assignment) => ({
        ...assignment,
        meetingsHeld: held.get(assignment.id) ?? 0,
      })),
      nextCursor: page.nextCursor,
    };
  };

export const setGoals =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly assignmentId: string;
      readonly expectedVersion: number;
      readonly goals: readonly Goal[];
    },
  ): Promise<Assignment> => {
    const current = await loadAssignment(deps, input.assignmentId);
    allow(caller, 'SetGoals', await pairTarget(deps, current));
    assertVersion(current, input.expectedVersion, `assignment ${current.id}`);
    const next = goalsSet(current, input.goals, caller.context, deps.newId);
    return saveAssignment(deps, current, next, EVENT_TYPES.assignmentGoalsSet, caller.context);
  };

export const listAssignmentHistory =
  (deps: Dependencies) => async (caller: Caller, assignmentId: string) => {
    const assignment = await loadAssignment(deps, assignmentId);
    allow(caller, 'ListAssignmentHistory', await pairTarget(deps, assignment));
    return assignment.history;
  };
