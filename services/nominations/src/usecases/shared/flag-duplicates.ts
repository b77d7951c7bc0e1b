import type { ChangeContext } from '@expertnet/platform';
import {
  duplicateMatches,
  duplicateMatchOf,
  flagDuplicates,
  serviceScope,
  type Nomination,
} from '../../domain/index.ts';
import { envelopes, type UseCaseDependencies } from './dependencies.ts';

/**
 * Flags the same person (same national ID hash) nominated elsewhere, after the nomination was
 * stored. Idempotent: run again, it finds the same open flag and changes nothing, so a crash
 * between the nomination's write and this one is repaired by the nomination's next save. The
 * service looks across every organisation here on its own behalf (serviceScope): a nominator
 * never sees the other nominations, only the programme office sees the flag.
 */
export async function flagIfDuplicate(
  deps: UseCaseDependencies,
  nomination: Nomination,
  context: ChangeContext,
): Promise<void> {
  const scope = serviceScope();
  const sameHash = await deps.nominations.sameHash(scope, nomination.nationalIdHash);
  const matches = duplicateMatches(duplicateMatchOf(nomination), sameHash);
  if (matches.length === 0) return;
  const open = await deps.flags.openFlagOf(nomination.nationalIdHash);
  const result = flagDuplicates(open, matches, { newId: deps.newId(), now: context.now });
  if (result === undefined) return;
  const events = result.event === undefined ? [] : envelopes([result.event], context);
  await deps.flags.save(result.flag, nomination.nationalIdHash, events);
  if (events.length > 0) deps.eventsWritten({ collection: 'duplicate_flags', id: result.flag.id });
  await Promise.all(
    result.flag.matches.map((match) =>
      deps.nominations.setDuplicateFlags(scope, match.nominationId, [result.flag.id]),
    ),
  );
}
