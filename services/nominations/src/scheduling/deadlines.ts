import { DomainError } from '@expertnet/platform';
import type { createLogger } from '@expertnet/platform';
import {
  closeRoundAtDeadline,
  computeQuotaLedger,
  dueReminder,
  quotaShortfallEvents,
} from '../domain/index.ts';
import { envelopesOf } from '../events/envelopes.ts';
import { resolveOrganisation, type Dependencies } from '../grpc/context.ts';
import type { StoredRound } from '../persistence/rounds-store.ts';

/**
 * The deadline sweep: records rounds closed by their deadline (RoundClosed) and sends each
 * shortfall reminder once (QuotaShortfall to every unit below its floor). Each is written with
 * the round's version, so two replicas sweeping at once write it once: the other gets a conflict.
 */
export function deadlineSweep(deps: Dependencies, logger: ReturnType<typeof createLogger>) {
  async function sweepRound(round: StoredRound, now: Date): Promise<void> {
    const ledger = computeQuotaLedger(
      round.quotas,
      await deps.nominations.ledgerInputs(round.id),
      resolveOrganisation,
    );
    const closing = closeRoundAtDeadline(round, ledger, now);
    if (closing !== undefined) {
      await deps.rounds.save(
        closing.round,
        round.version,
        {},
        envelopesOf(closing.events, undefined, now),
      );
      return;
    }
    const reminder = dueReminder(round, now, round.remindersSent);
    if (reminder === undefined) return;
    const events = quotaShortfallEvents(round, ledger, reminder.daysBeforeClose);
    const touched = { ...round, version: round.version + 1, updatedAt: now };
    await deps.rounds.save(
      touched,
      round.version,
      { remindersSent: reminder.markSent },
      envelopesOf(events, undefined, now),
    );
  }

  return async function sweep(): Promise<void> {
    const now = deps.now();
    for (const round of await deps.rounds.published()) {
      try {
        await sweepRound(round, now);
        deps.eventsWritten({ collection: 'rounds', id: round.id });
      } catch (error) {
        // Another replica did it first; the next sweep sees the new version.
        if (error instanceof DomainError && error.kind === 'conflict') continue;
        logger.warn({ err: error, roundId: round.id }, 'deadline sweep failed for a round');
      }
    }
  };
}
