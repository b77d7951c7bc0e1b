import { vietnamDateOf } from '@expertnet/platform';
import { changeEvents, expireAvailability } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';

/**
 * Makes experts AVAILABLE again once the day their absence ran "until" has passed, with the
 * AvailabilityChanged event the contract promises. Reads already show the effective status
 * before this runs; this makes the stored one and the consumers' copies agree. Gives how many.
 */
export const expireAvailabilities = (deps: UseCaseDependencies) => async (): Promise<number> => {
  const now = deps.now();
  const today = vietnamDateOf(now);
  // Found in memory (the database would read every profile for a range), then read again.
  const ended = deps.index.where(
    ({ availability }) => availability.until !== '' && availability.until < today,
  );
  let expired = 0;
  for (const { id } of ended) {
    const before = await deps.profiles.get(id);
    const after = before && expireAvailability(before, now);
    if (before === undefined || after === undefined) continue;
    const events = changeEvents(before, after, now);
    await deps.save({ before, after, events, actor: undefined, now });
    expired += 1;
  }
  return expired;
};
