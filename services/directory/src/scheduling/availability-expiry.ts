import { vietnamDateOf } from '@expertnet/platform';
import { changeEvents, expireAvailability } from '../domain/index.ts';
import type { ProfilesStore } from '../persistence/profiles-store.ts';
import type { ProfileWriter } from '../profile-writer.ts';
import type { ExpertIndex } from '../read-model/expert-index.ts';

/**
 * Makes experts AVAILABLE again once the day their absence ran "until" has passed, with the
 * AvailabilityChanged event the contract promises. Reads already show the effective status
 * before this runs; the sweep makes the stored one and the consumers' copies agree.
 */
export function availabilityExpirySweep(deps: {
  readonly profiles: ProfilesStore;
  readonly index: ExpertIndex;
  readonly write: ProfileWriter;
  readonly now: () => Date;
}) {
  return async (): Promise<number> => {
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
      await deps.write({
        before,
        after,
        events: changeEvents(before, after, now),
        actor: undefined,
        now,
      });
      expired += 1;
    }
    return expired;
  };
}
