/**
 * Making and unmaking a proposal spans three documents: the application (which proposal it is
 * waiting on), the mentor (the place held) and the assignment (the pair, with its event). Each
 * step is idempotent and the application records the proposal first, so a crash between any two
 * steps is finished by the reconcile sweep from what the application says, and no mentee ever
 * has two proposals or a mentor a place held twice.
 */
import { DomainError, type ChangeContext } from '@expertnet/platform';
import {
  activatePlace,
  holdPlace,
  assignmentEvent,
  type AssignmentEventType,
  EVENT_TYPES,
  releasePlace,
  refused,
  type Application,
  type Assignment,
  type Proposal,
} from '../../domain/index.ts';
import { ASSIGNMENTS_COLLECTION } from '../../repositories/assignments.repository.ts';
import { envelopes, retryOnConflict, written, type Dependencies } from './dependencies.ts';

/** Step 1: the application waits on this proposal (unless it already does). */
async function recordProposal(deps: Dependencies, application: Application, proposal: Proposal) {
  if (
    application.status === 'proposed' &&
    application.proposal?.assignmentId === proposal.assignmentId
  ) {
    return application;
  }
  if (application.status !== 'open') {
    throw refused(
      'failed-precondition',
      'APPLICATION_NOT_OPEN',
      'application_id',
      `application ${application.id} is ${application.status}; only an open application gets a proposal`,
    );
  }
  const next: Application = {
    ...application,
    status: 'proposed',
    assignmentId: proposal.assignmentId,
    proposal,
    version: application.version + 1,
    updatedAt: proposal.proposedAt,
  };
  await deps.applications.replace(next, application.version, [], `application ${application.id}`);
  return next;
}

/** Puts the application back to open when its proposal could not be made (no place held). */
async function forgetProposal(
  deps: Dependencies,
  applicationId: string,
  assignmentId: string,
  now: Date,
) {
  await retryOnConflict(async () => {
    const current = await deps.applications.get(applicationId);
    if (
      current === undefined ||
      current.proposal?.assignmentId !== assignmentId ||
      current.status !== 'proposed'
    )
      return;
    await deps.applications.replace(
      {
        ...current,
        status: 'open',
        proposal: undefined,
        version: current.version + 1,
        updatedAt: now,
      },
      current.version,
      [],
      `application ${applicationId}`,
    );
  });
}

/** Step 2: the mentor's place, decided on the mentor's document alone. */
export const holdMentorPlace = (deps: Dependencies, mentorId: string, assignmentId: string) =>
  retryOnConflict(async () => {
    const found = await deps.pool.mentorWithVersion(mentorId);
    if (found === undefined)
      throw refused(
        'not-found',
        'NOT_FOUND',
        'mentor_expert_id',
        `mentor ${mentorId} does not exist`,
      );
    const pending = holdPlace(found.mentor, assignmentId);
    if (pending !== found.mentor.pending) {
      await deps.pool.setPlaces(mentorId, found.version, { pending, active: found.mentor.active });
    }
    return found.mentor;
  });

export const activateMentorPlace = (deps: Dependencies, mentorId: string, assignmentId: string) =>
  retryOnConflict(async () => {
    const found = await deps.pool.mentorWithVersion(mentorId);
    if (found === undefined)
      throw refused(
        'not-found',
        'NOT_FOUND',
        'mentor_expert_id',
        `mentor ${mentorId} does not exist`,
      );
    const places = activatePlace(found.mentor, assignmentId);
    if (places !== found.mentor) await deps.pool.setPlaces(mentorId, found.version, places);
  });

export const releaseMentorPlace = (deps: Dependencies, mentorId: string, assignmentId: string) =>
  retryOnConflict(async () => {
    const found = await deps.pool.mentorWithVersion(mentorId);
    if (found === undefined) return;
    if (!found.mentor.pending.includes(assignmentId) && !found.mentor.active.includes(assignmentId))
      return;
    await deps.pool.setPlaces(mentorId, found.version, releasePlace(found.mentor, assignmentId));
  });

/**
 * Makes the proposal the application records (or this new one): the three steps, each skipped
 * when already done. Answers the assignment.
 */
export async function makeProposal(
  deps: Dependencies,
  application: Application,
  proposal: Proposal,
): Promise<Assignment> {
  const waiting = await recordProposal(deps, application, proposal);
  const made = waiting.proposal ?? proposal;
  let mentor;
  try {
    mentor = await holdMentorPlace(deps, made.mentorId, made.assignmentId);
  } catch (error) {
    if (error instanceof DomainError && error.kind !== 'conflict') {
      await forgetProposal(deps, application.id, made.assignmentId, made.proposedAt);
    }
    throw error;
  }
  const assignment: Assignment = {
    id: made.assignmentId,
    applicationId: application.id,
    programmeId: application.programmeId,
    mentor: {
      expertId: mentor.expertId,
      userSubject: mentor.userSubject,
      fullName: mentor.fullName,
      organisationCode: mentor.organisationCode,
    },
    mentee: application.mentee,
    topicCodes: application.details.topicCodes,
    goalsText: application.details.goals,
    message: made.message,
    status: 'proposed',
    proposedAt: made.proposedAt,
    respondBy: made.respondBy,
    reason: '',
    startDate: '',
    plannedEndDate: '',
    durationMonths: application.details.durationMonths,
    meetingsHeld: 0,
    nextMeetingAt: undefined,
    goals: [],
    score: made.score,
    scoreParts: made.parts,
    repeatOverrideReason: made.repeatOverrideReason,
    mentorFeedbackGiven: false,
    menteeFeedbackGiven: false,
    history: [
      {
        at: made.proposedAt,
        actor: made.actor,
        action: 'proposed',
        before: {},
        after: { status: 'proposed', mentorId: mentor.expertId, score: made.score },
      },
    ],
    version: 1,
    updatedAt: made.proposedAt,
  };
  const context: ChangeContext = {
    actor: made.actor,
    now: made.proposedAt,
    resolve: (code) => code,
  };
  const inserted = await deps.assignments.insert(
    assignment,
    envelopes(deps, [assignmentEvent(EVENT_TYPES.assignmentProposed, assignment)], context),
  );
  if (!inserted) return (await deps.assignments.get(assignment.id)) ?? assignment;
  written(deps, undefined, ASSIGNMENTS_COLLECTION, assignment.id);
  return assignment;
}

/** Writes a change of the assignment with its event. */
export async function saveAssignment(
  deps: Dependencies,
  before: Assignment,
  after: Assignment,
  event: AssignmentEventType | undefined,
  context: ChangeContext,
): Promise<Assignment> {
  const next = { ...after, version: before.version + 1 };
  const events = event === undefined ? [] : [assignmentEvent(event, next)];
  written(
    deps,
    await deps.assignments.replace(
      next,
      before.version,
      envelopes(deps, events, context),
      `assignment ${before.id}`,
    ),
  );
  return next;
}
