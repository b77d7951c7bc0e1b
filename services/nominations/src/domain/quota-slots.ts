import { DomainError } from '@expertnet/platform';
import { holdsQuotaSlot } from './quota-ledger.ts';
import type { NominationStatus, OrganisationResolver, Quota } from './types.ts';

/**
 * The ceiling rule: an organisation holds at most `ceiling` quota slots in a round, one per
 * nomination submitted and neither rejected nor withdrawn. A first submission must take a slot;
 * the slot store takes it with one conditional update (see mayTakeSlot), so two submissions racing
 * for the last slot cannot both win, and the submission is refused unless it got one.
 */
export interface SlotRequest {
  /** The organisation in force the slot counts towards (a merged province's successor). */
  readonly organisationCode: string;
  /** Its ceiling in the round: the quotas of its merged predecessors added; 0 without a quota. */
  readonly ceiling: number;
}

/** The slot a nomination of `organisationCode` asks for under the round's quotas. */
export function slotRequest(
  quotas: readonly Quota[],
  organisationCode: string,
  resolve: OrganisationResolver,
): SlotRequest {
  const owner = resolve(organisationCode);
  const ceiling = quotas
    .filter((quota) => resolve(quota.organisationCode) === owner)
    .reduce((total, quota) => total + quota.ceiling, 0);
  return { organisationCode: owner, ceiling };
}

/** Whether one more slot may be taken while `slotsHeld` are: fewer held than the ceiling. */
export const mayTakeSlot = (request: SlotRequest, slotsHeld: number) => slotsHeld < request.ceiling;

/**
 * Refuses a submission that did not get its slot (QUOTA_EXCEEDED). An organisation without a quota
 * in the round has no slot at all: quotas say who takes part.
 */
export function assertSlotTaken(request: SlotRequest, taken: boolean): void {
  if (taken) return;
  throw new DomainError(
    'failed-precondition',
    'QUOTA_EXCEEDED',
    request.ceiling === 0
      ? `organisation ${request.organisationCode} has no quota in this round`
      : `organisation ${request.organisationCode} has reached its ceiling of ${request.ceiling}`,
  );
}

/**
 * What a change of status does to the nomination's slot: a first submission takes one (against
 * the ceiling); a withdrawal or rejection gives it back; a changed decision (rejected -> accepted)
 * takes it again, whatever the ceiling says, because the office decided so.
 */
export type SlotChange = 'take' | 'give-back' | 'keep';

export function slotChangeOf(before: NominationStatus, after: NominationStatus): SlotChange {
  const held = holdsQuotaSlot(before);
  const holds = holdsQuotaSlot(after);
  if (held === holds) return 'keep';
  return holds ? 'take' : 'give-back';
}
