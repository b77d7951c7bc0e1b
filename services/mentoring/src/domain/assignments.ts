/**
 * A pair's lifecycle: proposed → accepted (active) or declined/expired; active → completed (with
 * feedback both ways) or ended early with a reason. Every change is audited: who, when, before and
 * after.
 */
import { vietnamDateOf, type ChangeContext } from '@expertnet/platform';
import { refused } from './refusals.ts';
import type { Assignment, AssignmentStatus, AuditEntry, Goal } from './types.ts';

const DAY_MS = 86_400_000;

export function audited(
  assignment: Assignment,
  action: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  context: ChangeContext,
): Assignment['history'] {
  const entry: AuditEntry = { at: context.now, actor: context.actor, action, before, after };
  return [...assignment.history, entry];
}

export const respondByOf = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

const proposalClosed = (assignment: Assignment) =>
  refused(
    'failed-precondition',
    'PROPOSAL_CLOSED',
    'assignment_id',
    `assignment ${assignment.id} is ${assignment.status}, not a proposal waiting for an answer`,
  );

function assertAnswerable(assignment: Assignment, now: Date) {
  if (assignment.status !== 'proposed' || assignment.respondBy <= now) {
    throw proposalClosed(assignment);
  }
}

/** The same day `months` later, or the target month's last day when it is shorter (31 Aug + 6 → 28 Feb). */
export function addMonths(day: string, months: number): string {
  const start = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

function moved(
  assignment: Assignment,
  status: AssignmentStatus,
  action: string,
  changes: Partial<Assignment>,
  context: ChangeContext,
): Assignment {
  return {
    ...assignment,
    ...changes,
    status,
    updatedAt: context.now,
    history: audited(
      assignment,
      action,
      { status: assignment.status },
      { status, ...('reason' in changes ? { reason: changes.reason } : {}) },
      context,
    ),
  };
}

export function accept(assignment: Assignment, context: ChangeContext): Assignment {
  assertAnswerable(assignment, context.now);
  return accepted(assignment, context);
}

/**
 * An acceptance the mentor's place already records (a crash came between taking the place and
 * saving the pair): completed as it was decided, whatever the time now.
 */
export function accepted(assignment: Assignment, context: ChangeContext): Assignment {
  if (assignment.status !== 'proposed') throw proposalClosed(assignment);
  const startDate = vietnamDateOf(context.now);
  return moved(
    assignment,
    'active',
    'accepted',
    { startDate, plannedEndDate: addMonths(startDate, assignment.durationMonths) },
    context,
  );
}

export function decline(
  assignment: Assignment,
  reason: string,
  context: ChangeContext,
): Assignment {
  assertAnswerable(assignment, context.now);
  return moved(assignment, 'declined', 'declined', { reason }, context);
}

/** A proposal left unanswered past its time; undefined when it is not one. */
export function expire(assignment: Assignment, context: ChangeContext): Assignment | undefined {
  if (assignment.status !== 'proposed' || assignment.respondBy > context.now) return undefined;
  return moved(assignment, 'expired', 'expired', {}, context);
}

export function end(
  assignment: Assignment,
  outcome: 'completed' | 'ended-early',
  reason: string,
  context: ChangeContext,
): Assignment {
  if (assignment.status !== 'active') {
    throw refused(
      'failed-precondition',
      'ASSIGNMENT_NOT_ACTIVE',
      'assignment_id',
      `assignment ${assignment.id} is ${assignment.status}; only an active pair ends`,
    );
  }
  if (
    outcome === 'completed' &&
    !(assignment.mentorFeedbackGiven && assignment.menteeFeedbackGiven)
  ) {
    throw refused(
      'failed-precondition',
      'FEEDBACK_MISSING',
      'outcome',
      'a pair is completed once mentor and mentee have both given feedback on it; end it early otherwise',
    );
  }
  return moved(
    assignment,
    outcome,
    outcome === 'completed' ? 'completed' : 'ended-early',
    { reason },
    context,
  );
}

export const isLive = (status: AssignmentStatus) => status === 'proposed' || status === 'active';

/** The pair's goals replaced as a whole; new ones get ids. Only an active pair tracks goals. */
export function setGoals(
  assignment: Assignment,
  goals: readonly Goal[],
  context: ChangeContext,
  newId: () => string,
): Assignment {
  if (assignment.status !== 'active') {
    throw refused(
      'failed-precondition',
      'ASSIGNMENT_NOT_ACTIVE',
      'assignment_id',
      `assignment ${assignment.id} is ${assignment.status}; goals are tracked while the pair is active`,
    );
  }
  const known = new Set(assignment.goals.map((goal) => goal.id));
  goals.forEach((goal, index) => {
    if (goal.id !== '' && !known.has(goal.id)) {
      throw refused(
        'invalid-argument',
        'UNKNOWN_GOAL',
        `goals[${index}].id`,
        `goal ${goal.id} is not one of this pair's`,
      );
    }
  });
  const next = goals.map((goal) => (goal.id === '' ? { ...goal, id: newId() } : goal));
  return {
    ...assignment,
    goals: next,
    updatedAt: context.now,
    history: audited(
      assignment,
      'goals-set',
      { goals: assignment.goals },
      { goals: next },
      context,
    ),
  };
}

/** Feedback recorded on the pair as given by one side (a condition of completing it). */
export function feedbackGiven(
  assignment: Assignment,
  role: 'mentor' | 'mentee',
  context: ChangeContext,
): Assignment {
  const field = role === 'mentor' ? 'mentorFeedbackGiven' : 'menteeFeedbackGiven';
  return {
    ...assignment,
    [field]: true,
    updatedAt: context.now,
    history: audited(
      assignment,
      `${role}-feedback`,
      { [field]: assignment[field] },
      { [field]: true },
      context,
    ),
  };
}
