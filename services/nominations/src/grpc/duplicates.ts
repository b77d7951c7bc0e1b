import {
  duplicateMatches,
  duplicateMatchOf,
  flagDuplicates,
  type ChangeContext,
  type Nomination,
} from '../domain/index.ts';
import { envelopes, type Dependencies } from './context.ts';

/**
 * Flags the same person (same national ID hash) nominated elsewhere, after the nomination was
 * stored. Idempotent: run again, it finds the same open flag and changes nothing, so a crash
 * between the nomination's write and this one is repaired by the nomination's next save.
 */
export async function flagIfDuplicate(
  deps: Dependencies,
  nomination: Nomination,
  context: ChangeContext,
): Promise<void> {
  const sameHash = await deps.nominations.sameHash(nomination.nationalIdHash);
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
      deps.nominations.setDuplicateFlags(match.nominationId, [result.flag.id]),
    ),
  );
}
