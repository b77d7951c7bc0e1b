import type { createLogger } from '@expertnet/platform';
import type { SweepOutcome } from '../usecases/sweep-deadlines.ts';

/**
 * The periodic deadline sweep: runs the use case and logs the rounds it could not sweep (another
 * replica's conflict is expected and not logged).
 */
export function deadlineSweep(
  sweepDeadlines: () => Promise<SweepOutcome[]>,
  logger: ReturnType<typeof createLogger>,
) {
  return async function sweep(): Promise<void> {
    for (const outcome of await sweepDeadlines()) {
      if (outcome.result === 'failed') {
        logger.warn(
          { err: outcome.error, roundId: outcome.roundId },
          'deadline sweep failed for a round',
        );
      }
    }
  };
}
