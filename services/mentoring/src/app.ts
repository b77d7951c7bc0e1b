import type { createLogger, OutboxWrite } from '@expertnet/platform';
import type { Db } from 'mongodb';
import { mentoringEnvelopes } from './events/envelopes.ts';
import { applicationsRepository } from './repositories/applications.repository.ts';
import { assignmentsRepository } from './repositories/assignments.repository.ts';
import { matchRunsRepository } from './repositories/match-runs.repository.ts';
import { feedbackRepository, meetingsRepository } from './repositories/meetings.repository.ts';
import { poolRepository } from './repositories/pool.repository.ts';
import { programmesRepository } from './repositories/programmes.repository.ts';
import {
  applyForMentoring,
  getApplication,
  listApplications,
  withdrawApplication,
} from './usecases/applications.ts';
import {
  endAssignment,
  expireProposals,
  getAssignment,
  listAssignmentHistory,
  listAssignments,
  respondToAssignment,
  setGoals,
} from './usecases/assignments.ts';
import { listFeedback, submitFeedback } from './usecases/feedback.ts';
import {
  adjustMatchRun,
  getMatchRun,
  proposeAssignment,
  publishMatchRun,
  resumePublishing,
  runMatching,
  suggestMentors,
} from './usecases/matching.ts';
import {
  listMeetings,
  recordMeetingOutcome,
  scheduleMeeting,
  updateMeeting,
} from './usecases/meetings.ts';
import {
  applyAvailability,
  applyNominationActor,
  applyProfile,
  applyTrainee,
  getMentor,
  listMentors,
} from './usecases/pool.ts';
import {
  createProgramme,
  getProgramme,
  listProgrammes,
  updateProgramme,
} from './usecases/programmes.ts';
import { reconcile } from './usecases/reconcile.ts';
import type { Dependencies, Repositories } from './usecases/shared/dependencies.ts';
import { mentorPoolCache } from './usecases/shared/pool-cache.ts';

export interface MentoringAppDependencies {
  readonly db: Db;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Wakes the outbox relay after a write with events (the relay's nudge). */
  readonly eventsWritten: (written: OutboxWrite) => void;
  readonly logger: ReturnType<typeof createLogger>;
  /** How long ranking may use its in-memory copy of the pool (places are decided on the mentor's document). */
  readonly poolMaxAgeMs?: number;
}

/**
 * The mentoring service built from its dependencies, ready to serve: repositories over `db` with
 * their indexes, the in-memory pool for ranking, and every use case. It never listens: main.ts
 * connects it to gRPC, the consumers and the sweeps; tests call it.
 */
export async function createMentoringApp(app: MentoringAppDependencies) {
  const repositories: Repositories = {
    programmes: programmesRepository(app.db),
    pool: poolRepository(app.db),
    applications: applicationsRepository(app.db),
    assignments: assignmentsRepository(app.db),
    runs: matchRunsRepository(app.db),
    meetings: meetingsRepository(app.db),
    feedback: feedbackRepository(app.db),
  };
  await Promise.all([
    repositories.programmes.ensureIndexes(),
    repositories.pool.ensureIndexes(),
    repositories.applications.ensureIndexes(),
    repositories.assignments.ensureIndexes(),
    repositories.runs.ensureIndexes(),
    repositories.meetings.ensureIndexes(),
    repositories.feedback.ensureIndexes(),
  ]);
  const deps: Dependencies = {
    ...repositories,
    mentors: mentorPoolCache(repositories.pool, app.now, app.poolMaxAgeMs ?? 2_000),
    now: app.now,
    newId: app.newId,
    envelopesOf: mentoringEnvelopes(app.newId),
    eventsWritten: app.eventsWritten,
    logger: app.logger,
  };
  return {
    createProgramme: createProgramme(deps),
    updateProgramme: updateProgramme(deps),
    getProgramme: getProgramme(deps),
    listProgrammes: listProgrammes(deps),
    runMatching: runMatching(deps),
    getMatchRun: getMatchRun(deps),
    adjustMatchRun: adjustMatchRun(deps),
    publishMatchRun: publishMatchRun(deps),
    getMentor: getMentor(deps),
    listMentors: listMentors(deps),
    applyForMentoring: applyForMentoring(deps),
    getApplication: getApplication(deps),
    listApplications: listApplications(deps),
    withdrawApplication: withdrawApplication(deps),
    suggestMentors: suggestMentors(deps),
    proposeAssignment: proposeAssignment(deps),
    respondToAssignment: respondToAssignment(deps),
    endAssignment: endAssignment(deps),
    getAssignment: getAssignment(deps),
    listAssignments: listAssignments(deps),
    setGoals: setGoals(deps),
    listAssignmentHistory: listAssignmentHistory(deps),
    scheduleMeeting: scheduleMeeting(deps),
    updateMeeting: updateMeeting(deps),
    recordMeetingOutcome: recordMeetingOutcome(deps),
    listMeetings: listMeetings(deps),
    submitFeedback: submitFeedback(deps),
    listFeedback: listFeedback(deps),
    // The consumers' and the sweeps'.
    applyProfile: applyProfile(deps),
    applyAvailability: applyAvailability(deps),
    applyTrainee: applyTrainee(deps),
    applyNominationActor: applyNominationActor(deps),
    expireProposals: expireProposals(deps),
    reconcile: reconcile(deps),
    resumePublishing: resumePublishing(deps),
  };
}

export type MentoringApp = Awaited<ReturnType<typeof createMentoringApp>>;
