import {
  resolveOrganisation,
  type ChangeContext,
  type OrganisationScope,
} from '@expertnet/platform';
import { slotChangeOf, type Nomination, type NominationChange } from '../../domain/index.ts';
import { envelopes, type UseCaseDependencies } from './dependencies.ts';

/**
 * Stores a nomination's change with its revision and events in one write, and wakes the relay.
 * Not a use case: the steps every nomination use case ends with.
 */
export async function storeChange(
  deps: UseCaseDependencies,
  scope: OrganisationScope,
  change: NominationChange,
  expectedVersion: number,
  context: ChangeContext,
): Promise<Nomination> {
  const after = change.nomination;
  const events = envelopes(change.events, context);
  const written = await deps.nominations.save(scope, change, expectedVersion, events);
  if (written) deps.eventsWritten(written);
  return after;
}

/**
 * Stores a change and keeps the quota slots in step (slotChangeOf): a withdrawal or rejection
 * gives the slot back; a changed decision takes it again, whatever the ceiling says. A first
 * submission takes its slot against the ceiling instead (see submit-nomination.ts).
 */
export async function saveChange(
  deps: UseCaseDependencies,
  scope: OrganisationScope,
  before: Nomination,
  change: NominationChange,
  expectedVersion: number,
  context: ChangeContext,
): Promise<Nomination> {
  const after = await storeChange(deps, scope, change, expectedVersion, context);
  const owner = resolveOrganisation(after.organisationCode);
  const slot = slotChangeOf(before.status, after.status);
  if (slot === 'give-back') await deps.slots.release(scope, after.roundId, owner, after.id);
  if (slot === 'take') await deps.slots.claimRegardless(scope, after.roundId, owner, after.id);
  return after;
}
