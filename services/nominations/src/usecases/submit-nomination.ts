import {
  assertSlotTaken,
  slotChangeOf,
  slotRequest,
  submitNomination,
  type Nomination,
} from '../domain/index.ts';
import {
  changeContextOf,
  loadNomination,
  loadRound,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { storeChange } from './shared/nomination-changes.ts';

export interface SubmitNominationInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
}

/**
 * Submits a nomination, the quota flow end to end: the domain checks the submission (window,
 * letter, eligibility); a first submission then claims a slot under its organisation's ceiling
 * (one conditional update: two submissions racing for the last slot cannot both win) and the
 * domain refuses it without one (QUOTA_EXCEEDED); if storing the submission fails, the slot is
 * given back. Four repository calls: the nomination, the round (a read of the last second is
 * reused), the claim, the save; the relay publishes the events without reading them back.
 */
export function submitNominationUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: SubmitNominationInput): Promise<Nomination> => {
    const { scope } = caller;
    const nomination = await loadNomination(deps, caller, 'SubmitNomination', input.nominationId);
    const round = await loadRound(deps, nomination.roundId);
    const context = changeContextOf(deps, caller);
    const change = submitNomination(round, nomination, context);
    // A resubmission still holds the slot it took the first time.
    if (slotChangeOf(nomination.status, change.nomination.status) !== 'take') {
      return storeChange(deps, scope, change, input.expectedVersion, context);
    }
    const slot = slotRequest(round.quotas, nomination.organisationCode, context.resolve);
    assertSlotTaken(slot, await deps.slots.claim(scope, round.id, slot, nomination.id));
    try {
      return await storeChange(deps, scope, change, input.expectedVersion, context);
    } catch (error) {
      await deps.slots.release(scope, round.id, slot.organisationCode, nomination.id);
      throw error;
    }
  };
}
