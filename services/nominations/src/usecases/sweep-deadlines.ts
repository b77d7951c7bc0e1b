import { DomainError } from '@expertnet/platform';
import {
  closeRoundAtDeadline,
  dueReminder,
  quotaShortfallEvents,
  serviceScope,
} from '../domain/index.ts';
import { envelopesOf } from '../events/envelopes.ts';
import type { StoredRound } from '../repositories/rounds.repository.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { ledgerOf } from './shared/round-support.ts';

/** What the sweep did to one round; a failure is reported, not thrown, so others still run. */
export type SweepOutcome =
  | { readonly roundId: string; readonly result: 'closed' | 'reminded' | 'nothing' | 'conflict' }
  | { readonly roundId: string; readonly result: 'failed'; readonly error: unknown };

async function sweepRound(
  deps: UseCaseDependencies,
  round: StoredRound,
  now: Date,
): Promise<'closed' | 'reminded' | 'nothing'> {
  // The service acts on its own behalf: the ledger counts every organisation.
  const ledger = await ledgerOf(deps, serviceScope(), round, round.quotas);
  const closing = closeRoundAtDeadline(round, ledger, now);
  if (closing !== undefined) {
    const events = envelopesOf(closing.events, undefined, now);
    await deps.rounds.save(closing.round, round.version, {}, events);
    return 'closed';
  }
  const reminder = dueReminder(round, now, round.remindersSent);
  if (reminder === undefined) return 'nothing';
  const events = quotaShortfallEvents(round, ledger, reminder.daysBeforeClose);
  const touched = { ...round, version: round.version + 1, updatedAt: now };
  const sent = { remindersSent: reminder.markSent };
  await deps.rounds.save(touched, round.version, sent, envelopesOf(events, undefined, now));
  return 'reminded';
}

/**
 * The deadline sweep: records rounds closed by their deadline (RoundClosed) and sends each
 * shortfall reminder once (QuotaShortfall to every unit below its floor). Each is written with
 * the round's version, so two replicas sweeping at once write it once: the other gets a conflict
 * and the next sweep sees the new version.
 */
export function sweepDeadlinesUseCase(deps: UseCaseDependencies) {
  return async (): Promise<SweepOutcome[]> => {
    const now = deps.now();
    const outcomes: SweepOutcome[] = [];
    for (const round of await deps.rounds.published()) {
      try {
        const result = await sweepRound(deps, round, now);
        deps.eventsWritten({ collection: 'rounds', id: round.id });
        outcomes.push({ roundId: round.id, result });
      } catch (error) {
        const conflict = error instanceof DomainError && error.kind === 'conflict';
        outcomes.push(
          conflict
            ? { roundId: round.id, result: 'conflict' }
            : { roundId: round.id, result: 'failed', error },
        );
      }
    }
    return outcomes;
  };
}
