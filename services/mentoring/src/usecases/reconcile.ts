/**
 * Finishes what a crash left between the steps of a proposal, an answer or an end (see
 * shared/proposals.ts): every step is idempotent, so doing the missing ones is all it takes.
 * Run at start and periodically; safe beside live requests and other replicas.
 */
import {
  accepted,
  EVENT_TYPES,
  isLive,
  type Application,
  type PoolMentor,
} from '../domain/index.ts';
import { markMatched } from './assignments.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { moveOn, serviceContext } from './shared/move-on.ts';
import { makeProposal, releaseMentorPlace, saveAssignment } from './shared/proposals.ts';

interface Finished {
  proposals: number;
  movedOn: number;
  released: number;
  acceptances: number;
}

export const reconcile = (deps: Dependencies) => async (): Promise<Finished> => {
  const finished: Finished = { proposals: 0, movedOn: 0, released: 0, acceptances: 0 };
  for (const application of await deps.applications.proposed()) {
    await finishApplication(deps, application, finished);
  }
  for (const mentor of await deps.pool.holdingMentors()) {
    await checkHolds(deps, mentor, finished);
  }
  return finished;
};

async function finishApplication(deps: Dependencies, application: Application, finished: Finished) {
  const proposal = application.proposal;
  if (proposal === undefined) return;
  const assignment = await deps.assignments.get(proposal.assignmentId);
  if (assignment === undefined) {
    await makeProposal(deps, application, proposal).then(
      () => {
        finished.proposals += 1;
      },
      (error: unknown) => {
        deps.logger.warn({ err: error, applicationId: application.id }, 'proposal not finished');
      },
    );
    return;
  }
  if (!isLive(assignment.status)) {
    await moveOn(deps, application.id, assignment, deps.now());
    finished.movedOn += 1;
  }
}

async function checkHolds(deps: Dependencies, mentor: PoolMentor, finished: Finished) {
  for (const assignmentId of [...mentor.pending, ...mentor.active]) {
    const assignment = await deps.assignments.get(assignmentId);
    if (assignment === undefined) {
      // Between holding the place and saving the pair: the application's step finishes it.
      const waiting = await deps.applications.find(
        { 'proposal.assignmentId': assignmentId, status: 'proposed' },
        1,
      );
      if (waiting.length > 0) continue;
      await releaseMentorPlace(deps, mentor.expertId, assignmentId);
      finished.released += 1;
    } else if (!isLive(assignment.status)) {
      await releaseMentorPlace(deps, mentor.expertId, assignmentId);
      finished.released += 1;
    } else if (assignment.status === 'proposed' && mentor.active.includes(assignmentId)) {
      const context = serviceContext(deps.now());
      const saved = await saveAssignment(
        deps,
        assignment,
        accepted(assignment, context),
        EVENT_TYPES.assignmentAccepted,
        context,
      );
      await markMatched(deps, saved, context.now);
      finished.acceptances += 1;
    }
  }
}
