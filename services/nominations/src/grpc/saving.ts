import type { CallContext } from '@expertnet/platform';
import { holdsQuotaSlot, type Nomination, type NominationChange } from '../domain/index.ts';
import { changeContext, envelopes, resolveOrganisation, type Dependencies } from './context.ts';
import { nominationMessage } from './mapping.ts';

/**
 * Stores a nomination's change (with its revision and events in the same write), wakes the relay,
 * and keeps the quota slots in step: a nomination that stopped holding a slot (withdrawn,
 * rejected) gives it back, one that started again (a decision changed) takes it back. A
 * submission takes its slot before this, against the ceiling (see SubmitNomination).
 */
export async function saveChange(
  deps: Dependencies,
  call: CallContext,
  before: Nomination,
  change: NominationChange,
  expectedVersion: number,
  options: { readonly slotTaken?: boolean } = {},
) {
  const after = change.nomination;
  const context = changeContext(call, after.updatedAt);
  const events = envelopes(change.events, context);
  await deps.nominations.save(change, expectedVersion, events);
  if (events.length > 0) deps.eventsWritten({ collection: 'nominations', id: after.id });
  const slotOwner = resolveOrganisation(after.organisationCode);
  if (holdsQuotaSlot(before.status) && !holdsQuotaSlot(after.status)) {
    await deps.slots.release(after.roundId, slotOwner, after.id);
  } else if (
    options.slotTaken !== true &&
    !holdsQuotaSlot(before.status) &&
    holdsQuotaSlot(after.status)
  ) {
    await deps.slots.claim(after.roundId, slotOwner, after.id);
  }
  return { nomination: nominationMessage(after, call.principal) };
}
