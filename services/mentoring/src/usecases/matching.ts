import { DomainError, type ChangeContext } from '@expertnet/platform';
import {
  assertVersion,
  EVENT_TYPES,
  notFound,
  refused,
  respondByOf,
  type Application,
  type MatchRun,
  type PlannedPair,
  type PlanSummary,
  type PoolMentor,
  type Programme,
  type Proposal,
} from '../domain/index.ts';
import {
  greedyAssignment,
  optimalAssignment,
  rankMentors,
  scoreMentor,
  type AssignmentPlan,
  type MenteeNeed,
  type ScoredMentor,
} from '../domain/matching/index.ts';
import { MATCH_RUNS_COLLECTION } from '../repositories/match-runs.repository.ts';
import { applicationTarget, loadApplication } from './applications.ts';
import { loadProgramme } from './programmes.ts';
import { allow, type Caller } from './shared/caller.ts';
import { envelopes, retryOnConflict, written, type Dependencies } from './shared/dependencies.ts';
import { respondWithinDaysOf, serviceContext } from './shared/move-on.ts';
import { eligibleMentors, needOf, optionsOf, weightsOf } from './shared/needs.ts';
import { makeProposal } from './shared/proposals.ts';

export interface Suggestions {
  readonly ranked: readonly ScoredMentor[];
  readonly excluded: readonly ScoredMentor[];
  readonly mentors: ReadonlyMap<string, PoolMentor>;
}

const EXCLUDED_SHOWN = 10;

/** The best allowed mentors for an application, each with the parts of its score, and why the best others are excluded. */
export const suggestMentors =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly applicationId: string; readonly limit: number },
  ): Promise<Suggestions> => {
    const application = await loadApplication(deps, input.applicationId);
    allow(caller, 'SuggestMentors', await applicationTarget(deps, application));
    const programme = await loadProgramme(deps, application.programmeId);
    const pool = await deps.mentors.current();
    const mentors = await eligibleMentors(deps, programme, pool);
    const need = await needOf(deps, application);
    const candidates = mentors.length === pool.mentors.length ? pool.prepared : mentors;
    const { ranked, excluded } = rankMentors(
      candidates,
      need,
      weightsOf(programme),
      optionsOf(programme, pool),
      Math.max(input.limit, EXCLUDED_SHOWN),
    );
    return {
      ranked: ranked.slice(0, input.limit),
      excluded: excluded.slice(0, EXCLUDED_SHOWN),
      mentors: pool.byId,
    };
  };

/** The mentor named for a pair, checked against the programme's rules and every guardrail. */
async function checkedPair(
  deps: Dependencies,
  programme: Programme,
  application: Application,
  mentorId: string,
  overrideReason: string,
  extraHeld = 0,
): Promise<ScoredMentor> {
  const mentor = await deps.pool.mentor(mentorId);
  if (mentor === undefined) throw notFound('mentor_expert_id', `mentor ${mentorId}`);
  if (!mentor.willing) {
    throw refused(
      'failed-precondition',
      'MENTOR_NOT_OFFERING',
      'mentor_expert_id',
      `expert ${mentorId} has withdrawn their mentoring offer`,
    );
  }
  const pool = await deps.mentors.current();
  const eligible = await eligibleMentors(deps, programme, { ...pool, mentors: [mentor] });
  if (eligible.length === 0) {
    throw refused(
      'failed-precondition',
      'MENTOR_NOT_ELIGIBLE',
      'mentor_expert_id',
      `the programme's rules do not admit mentor ${mentorId}`,
    );
  }
  const need = await needOf(deps, application);
  const allowed: MenteeNeed =
    overrideReason === ''
      ? need
      : { ...need, repeatAllowedMentorIds: [...need.repeatAllowedMentorIds, mentorId] };
  const scored = scoreMentor(
    { ...mentor, heldPlaces: mentor.heldPlaces + extraHeld },
    allowed,
    weightsOf(programme),
    optionsOf(programme, pool),
  );
  const [breach] = scored.breaches;
  if (breach !== undefined) {
    throw refused(
      'failed-precondition',
      `GUARDRAIL_${breach.kind.toUpperCase().replaceAll('-', '_')}`,
      'mentor_expert_id',
      `${breach.reason.en}${breach.kind === 'repeat-pair' ? ' (the programme office may override it with a reason)' : ''}`,
    );
  }
  return scored;
}

function assertMayOverride(caller: Caller, overrideReason: string) {
  if (overrideReason !== '') allow(caller, 'CreateProgramme');
}

export const proposeAssignment =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly applicationId: string;
      readonly mentorExpertId: string;
      readonly message: string;
      readonly respondWithinDays: number;
      readonly repeatOverrideReason: string;
    },
  ) => {
    const application = await loadApplication(deps, input.applicationId);
    allow(caller, 'ProposeAssignment', await applicationTarget(deps, application));
    assertMayOverride(caller, input.repeatOverrideReason);
    if (application.status !== 'open') {
      throw refused(
        'failed-precondition',
        'APPLICATION_NOT_OPEN',
        'application_id',
        `application ${application.id} is ${application.status}`,
      );
    }
    const programme = await loadProgramme(deps, application.programmeId);
    const scored = await checkedPair(
      deps,
      programme,
      application,
      input.mentorExpertId,
      input.repeatOverrideReason,
    );
    const { now, actor } = caller.context;
    const days =
      input.respondWithinDays === 0 ? respondWithinDaysOf(programme) : input.respondWithinDays;
    return makeProposal(deps, application, {
      assignmentId: deps.newId(),
      mentorId: input.mentorExpertId,
      score: scored.score,
      parts: scored.parts,
      message: input.message,
      respondBy: respondByOf(now, days),
      repeatOverrideReason: input.repeatOverrideReason,
      proposedAt: now,
      actor,
    });
  };

const summaryOf = (plan: AssignmentPlan): PlanSummary => ({
  menteesMatched: plan.pairs.length,
  totalScore: plan.totalScore,
  mentorsUsed: plan.mentorsUsed,
  maxLoad: plan.maxLoad,
});

/**
 * Plans a programme's open applications at once: the optimal assignment under every mentor's free
 * places (min-cost flow), beside the greedy one for comparison. Saved as a draft; nothing is
 * proposed until the office publishes it.
 */
export const runMatching =
  (deps: Dependencies) =>
  async (caller: Caller, programmeId: string): Promise<MatchRun> => {
    allow(caller, 'RunMatching');
    const programme = await loadProgramme(deps, programmeId);
    const pool = await deps.mentors.fresh();
    const mentors = await eligibleMentors(deps, programme, pool);
    const open = await deps.applications.openIn(programme.id);
    const needs = await Promise.all(open.map((application) => needOf(deps, application)));
    const weights = weightsOf(programme);
    const options = optionsOf(programme, pool);
    const optimal = optimalAssignment(needs, mentors, weights, options);
    const greedy = greedyAssignment(needs, mentors, weights, options);
    const needsByKey = new Map(needs.map((need) => [need.key, need]));
    const pairs: PlannedPair[] = optimal.pairs.map((pair) => {
      const mentor = pool.byId.get(pair.mentorId);
      const need = needsByKey.get(pair.menteeKey);
      const parts = mentor && need ? scoreMentor(mentor, need, weights, options).parts : [];
      return {
        applicationId: pair.menteeKey,
        mentorId: pair.mentorId,
        score: pair.score,
        parts,
        adjusted: false,
        repeatOverrideReason: '',
        assignmentId: deps.newId(),
      };
    });
    const run: MatchRun = {
      id: deps.newId(),
      programmeId: programme.id,
      status: 'draft',
      pairs,
      unmatchedApplicationIds: optimal.unmatched,
      optimal: summaryOf(optimal),
      greedy: summaryOf(greedy),
      version: 1,
      createdAt: caller.context.now,
      publishedAt: undefined,
    };
    await deps.runs.insert(run, []);
    return run;
  };

async function loadRun(deps: Dependencies, runId: string) {
  return (await deps.runs.get(runId)) ?? Promise.reject(notFound('run_id', `match run ${runId}`));
}

export const getMatchRun = (deps: Dependencies) => async (caller: Caller, runId: string) => {
  allow(caller, 'GetMatchRun');
  return loadRun(deps, runId);
};

function assertDraft(run: MatchRun) {
  if (run.status === 'draft') return;
  throw refused(
    'failed-precondition',
    'MATCH_RUN_PUBLISHED',
    'run_id',
    `match run ${run.id} is ${run.status}; only a draft changes`,
  );
}

/** Moves one application of a draft run to another mentor (still within every guardrail) or out of it. */
export const adjustMatchRun =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly runId: string;
      readonly expectedVersion: number;
      readonly applicationId: string;
      readonly mentorExpertId: string;
      readonly repeatOverrideReason: string;
    },
  ): Promise<MatchRun> => {
    allow(caller, 'AdjustMatchRun');
    const run = await loadRun(deps, input.runId);
    assertVersion(run, input.expectedVersion, `match run ${run.id}`);
    assertDraft(run);
    const inRun =
      run.pairs.some((pair) => pair.applicationId === input.applicationId) ||
      run.unmatchedApplicationIds.includes(input.applicationId);
    if (!inRun)
      throw notFound('application_id', `application ${input.applicationId} in match run ${run.id}`);
    const others = run.pairs.filter((pair) => pair.applicationId !== input.applicationId);
    let pairs = others;
    let unmatched = run.unmatchedApplicationIds.filter((id) => id !== input.applicationId);
    if (input.mentorExpertId === '') {
      unmatched = [...unmatched, input.applicationId];
    } else {
      const programme = await loadProgramme(deps, run.programmeId);
      const application = await loadApplication(deps, input.applicationId);
      const plannedForMentor = others.filter(
        (pair) => pair.mentorId === input.mentorExpertId,
      ).length;
      const scored = await checkedPair(
        deps,
        programme,
        application,
        input.mentorExpertId,
        input.repeatOverrideReason,
        plannedForMentor,
      );
      pairs = [
        ...others,
        {
          applicationId: input.applicationId,
          mentorId: input.mentorExpertId,
          score: scored.score,
          parts: scored.parts,
          adjusted: true,
          repeatOverrideReason: input.repeatOverrideReason,
          assignmentId: deps.newId(),
        },
      ];
    }
    const next: MatchRun = {
      ...run,
      pairs,
      unmatchedApplicationIds: unmatched,
      version: run.version + 1,
    };
    await deps.runs.replace(next, run.version, [], `match run ${run.id}`);
    return next;
  };

/** Publishes a draft run: each pair is proposed to its mentor. */
export const publishMatchRun =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly runId: string; readonly expectedVersion: number },
  ): Promise<MatchRun> => {
    allow(caller, 'PublishMatchRun');
    const run = await loadRun(deps, input.runId);
    assertVersion(run, input.expectedVersion, `match run ${run.id}`);
    assertDraft(run);
    const publishing: MatchRun = {
      ...run,
      status: 'publishing',
      publishedAt: caller.context.now,
      version: run.version + 1,
    };
    written(
      deps,
      await deps.runs.replace(
        publishing,
        run.version,
        envelopes(
          deps,
          [{ type: EVENT_TYPES.matchRunPublished, orgCode: '', payload: { run: publishing } }],
          caller.context,
        ),
        `match run ${run.id}`,
      ),
      MATCH_RUNS_COLLECTION,
      run.id,
    );
    return finishPublishing(deps, publishing, caller.context);
  };

/**
 * Proposes every pair of a publishing run, each with the assignment id fixed when it was planned:
 * after a crash the sweep calls this again and each application, already waiting on its proposal,
 * only has the missing steps done. A pair whose application or mentor changed meanwhile (withdrawn,
 * no place left) goes to the unmatched.
 */
export async function finishPublishing(
  deps: Dependencies,
  run: MatchRun,
  context: ChangeContext,
): Promise<MatchRun> {
  const programme = await loadProgramme(deps, run.programmeId);
  const respondBy = respondByOf(run.publishedAt ?? context.now, respondWithinDaysOf(programme));
  const failed: string[] = [];
  for (const pair of run.pairs) {
    const application = await deps.applications.get(pair.applicationId);
    const waitingOnThis =
      application?.status === 'proposed' &&
      application.proposal?.assignmentId === pair.assignmentId;
    if (application === undefined || (application.status !== 'open' && !waitingOnThis)) {
      failed.push(pair.applicationId);
      continue;
    }
    const proposal: Proposal = {
      assignmentId: pair.assignmentId,
      mentorId: pair.mentorId,
      score: pair.score,
      parts: pair.parts,
      message: '',
      respondBy,
      repeatOverrideReason: pair.repeatOverrideReason,
      proposedAt: run.publishedAt ?? context.now,
      actor: context.actor,
    };
    try {
      await makeProposal(deps, application, proposal);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind === 'conflict') throw error;
      deps.logger.info(
        { runId: run.id, applicationId: pair.applicationId, code: error.code },
        'planned pair not proposed',
      );
      failed.push(pair.applicationId);
    }
  }
  return retryOnConflict(async () => {
    const current = await loadRun(deps, run.id);
    if (current.status === 'published') return current;
    const published: MatchRun = {
      ...current,
      status: 'published',
      pairs: current.pairs.filter((pair) => !failed.includes(pair.applicationId)),
      unmatchedApplicationIds: [...current.unmatchedApplicationIds, ...failed],
      version: current.version + 1,
    };
    await deps.runs.replace(published, current.version, [], `match run ${run.id}`);
    return published;
  });
}

/** Runs a crash left publishing, finished by the sweep as the service. */
export const resumePublishing = (deps: Dependencies) => async () => {
  for (const run of await deps.runs.publishing()) {
    await finishPublishing(deps, run, serviceContext(deps.now()));
  }
};
