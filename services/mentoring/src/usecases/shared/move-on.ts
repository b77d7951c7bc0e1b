import { DomainError, serviceActor, type ChangeContext } from '@expertnet/platform';
import {
  isOpenOn,
  respondByOf,
  type Application,
  type Assignment,
  type Programme,
  type Proposal,
} from '../../domain/index.ts';
import { rankMentors } from '../../domain/matching/index.ts';
import { retryOnConflict, type Dependencies } from './dependencies.ts';
import { eligibleMentors, needOf, optionsOf, weightsOf } from './needs.ts';
import { makeProposal } from './proposals.ts';

/** The service's own changes (moving on after a decline, the sweeps) are audited as it. */
export const SERVICE_ACTOR = serviceActor('mentoring');

export const serviceContext = (now: Date): ChangeContext => ({
  actor: SERVICE_ACTOR,
  now,
  resolve: (code) => code,
});

export const respondWithinDaysOf = (programme: Programme) =>
  programme.settings.rules.respondWithinDays === 0 ? 7 : programme.settings.rules.respondWithinDays;

/** How many next-best mentors are tried when the pool's copy promised a place already taken. */
const ATTEMPTS = 3;

/**
 * After a decline, an expiry or an early end with rematch: the application is open again without
 * that mentor, and the next best allowed mentor is proposed at once (while the programme is open).
 * Answers the new proposal, or undefined when nobody suitable has a place.
 */
export async function moveOn(
  deps: Dependencies,
  applicationId: string,
  finished: Assignment,
  now: Date,
): Promise<Assignment | undefined> {
  const reopened = await retryOnConflict(async () => {
    const current = await deps.applications.get(applicationId);
    if (current?.assignmentId !== finished.id) return undefined;
    if (current.status === 'withdrawn') return undefined;
    if (current.status === 'open') return current;
    const next: Application = {
      ...current,
      status: 'open',
      proposal: undefined,
      declinedMentorIds: [...new Set([...current.declinedMentorIds, finished.mentor.expertId])],
      version: current.version + 1,
      updatedAt: now,
    };
    await deps.applications.replace(next, current.version, [], `application ${current.id}`);
    return next;
  });
  if (reopened === undefined) return undefined;
  const programme = await deps.programmes.get(reopened.programmeId);
  if (programme === undefined || !isOpenOn(programme, now)) return undefined;
  return proposeBest(deps, reopened, programme, now);
}

async function proposeBest(
  deps: Dependencies,
  application: Application,
  programme: Programme,
  now: Date,
) {
  const pool = await deps.mentors.current();
  const mentors = await eligibleMentors(deps, programme, pool);
  const need = await needOf(deps, application);
  const { ranked } = rankMentors(
    mentors,
    need,
    weightsOf(programme),
    optionsOf(programme, pool),
    ATTEMPTS,
  );
  for (const candidate of ranked) {
    const proposal: Proposal = {
      assignmentId: deps.newId(),
      mentorId: candidate.mentor.expertId,
      score: candidate.score,
      parts: candidate.parts,
      message: '',
      respondBy: respondByOf(now, respondWithinDaysOf(programme)),
      repeatOverrideReason: '',
      proposedAt: now,
      actor: SERVICE_ACTOR,
    };
    try {
      return await makeProposal(deps, application, proposal);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'MENTOR_AT_CAPACITY') throw error;
      const reread = await deps.applications.get(application.id);
      if (reread === undefined) return undefined;
      application = reread;
    }
  }
  return undefined;
}
