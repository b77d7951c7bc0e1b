import { vietnamDateOf } from '@expertnet/platform';
import { changeEvents, expireAvailability } from '../domain/index.ts';
import type { ProfilesStore } from '../persistence/profiles-store.ts';
import type { ProfileWriter } from '../profile-writer.ts';

/**
 * Makes experts AVAILABLE again once the day their absence ran "until" has passed, with the
 * AvailabilityChanged event the contract promises. Reads already show the effective status
 * before this runs; the sweep makes the stored one and the consumers' copies agree.
 */
export function availabilityExpirySweep(deps: {
  readonly profiles: ProfilesStore;
  readonly write: ProfileWriter;
  readonly now: () => Date;
}) {
  return async (): Promise<number> => {
    const now = deps.now();
    let expired = 0;
    for (const before of await deps.profiles.availabilityEndedBefore(vietnamDateOf(now))) {
      const after = expireAvailability(before, now);
      if (after === undefined) continue;
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
