import {
  assertCanApply,
  assignToCohort,
  dropTrainee,
  enrolFromNomination,
  enrolmentIdFor,
  removeForNomination,
  transferTrainee,
  type Cohort,
  type CohortView,
  type Enrolment,
  type NominationDecision,
  type Operation,
} from '../../domain/index.ts';
import { reached, type Caller } from './caller.ts';
import { assertVersion, type Dependencies } from './dependencies.ts';
import type { Loaders } from './loading.ts';
import type { Worked } from './seats.ts';

/** What a placement is asked to do: by the programme office (RPCs) or by a nomination event. */
export type PlacementRequest =
  | {
      readonly kind: 'assign';
      readonly enrolmentId: string;
      readonly expectedVersion: number;
      readonly cohortId: string;
    }
  | {
      readonly kind: 'transfer';
      readonly enrolmentId: string;
      readonly expectedVersion: number;
      readonly toCohortId: string;
      readonly reason: string;
      readonly waitlistIfFull: boolean;
    }
  | {
      readonly kind: 'drop';
      readonly enrolmentId: string;
      readonly expectedVersion: number;
      readonly reason: string;
    }
  /** Accepted: enrol (seat, waitlist or pool); reversed or withdrawn: remove. */
  | { readonly kind: 'nomination'; readonly decision: NominationDecision };

/** A change worked out, or nothing to do (a redelivery, a stale event) with what is stored. */
export type WorkedOut = Worked | { readonly change: undefined; readonly before?: Enrolment };

/**
 * Works a placement out on fresh reads: called again by placeTrainee after a lost seat, so every
 * read happens here, never before.
 */
export function placementWork(deps: Dependencies, load: Loaders) {
  /** Loads the enrolment a change acts on, refusing a stale expected version. */
  async function current(
    caller: Caller,
    operation: Operation,
    id: string,
    expectedVersion: number,
  ) {
    const { enrolment } = await load.enrolment(caller, operation, id);
    assertVersion(enrolment, expectedVersion, `enrolment ${id}`);
    return enrolment;
  }

  // The consumer reads leniently: a cohort or track deleted under a round is skipped, not fatal.
  async function lenientView(cohort: Cohort | undefined): Promise<CohortView | undefined> {
    const track = cohort && (await deps.tracks.get(cohort.settings.trackId));
    return cohort && track && { cohort, track };
  }

  async function fromNomination(caller: Caller, decision: NominationDecision): Promise<WorkedOut> {
    const { context, scope } = caller;
    const id = enrolmentIdFor(decision.nomination.nominationId);
    const before = reached(caller, await deps.enrolments.get(scope, id));
    if (decision.kind !== 'accepted') {
      const place =
        before && before.cohortId !== ''
          ? await lenientView(await deps.cohorts.get(before.cohortId))
          : undefined;
      return { before, change: removeForNomination(before, decision, place, context) };
    }
    // Counted without this enrolment: a seat it took before a crash is offered again.
    const cohorts = await deps.cohorts.ofRound(decision.nomination.roundId, id);
    const views = (await Promise.all(cohorts.map(lenientView))).filter((view) => !!view);
    return { before, change: enrolFromNomination(before, decision.nomination, views, context) };
  }

  return async (caller: Caller, request: PlacementRequest): Promise<WorkedOut> => {
    const { context } = caller;
    switch (request.kind) {
      case 'nomination':
        return fromNomination(caller, request.decision);
      case 'assign': {
        const { enrolmentId, expectedVersion } = request;
        const before = await current(caller, 'AssignToCohort', enrolmentId, expectedVersion);
        const view = await load.viewOf(request.cohortId);
        return { before, change: assignToCohort(before, view, context) };
      }
      case 'transfer': {
        const { enrolmentId, expectedVersion } = request;
        const before = await current(caller, 'TransferTrainee', enrolmentId, expectedVersion);
        // A pooled trainee has no cohort to leave (AssignToCohort places them); others have one.
        assertCanApply(before.status, 'transfer');
        const from = await load.viewOf(before.cohortId);
        const to = await load.viewOf(request.toCohortId);
        const { reason, waitlistIfFull } = request;
        return {
          before,
          change: transferTrainee(before, from, to, { reason, waitlistIfFull }, context),
        };
      }
      case 'drop': {
        const { enrolmentId, expectedVersion } = request;
        const before = await current(caller, 'DropTrainee', enrolmentId, expectedVersion);
        const place = await load.placeOf(before.cohortId);
        return { before, change: dropTrainee(before, place, request.reason, context) };
      }
    }
  };
}
