import { actorOf } from '@expertnet/platform';
import {
  authorise,
  changeEvents,
  checkVersion,
  type ExpertProfile,
  type Operation,
  type ProfileView,
} from '../../domain/index.ts';
import type { Caller, UseCaseDependencies } from './dependencies.ts';
import { callerView, found } from './profiles.ts';

/** Which profile an edit changes, at the version the editor read. */
export interface ProfileEdit {
  readonly expertId: string;
  readonly expectedVersion: number;
}

/**
 * The recipe every edit of a profile shares: load, authorise against the profile (only its owner
 * or the programme office, by the domain's ACCESS table), check the version read, change, save
 * with events. Nothing is written when any step refuses. Gives the caller's view of the result.
 */
export async function editProfile(
  deps: UseCaseDependencies,
  caller: Caller,
  operation: Operation,
  edit: ProfileEdit,
  change: (profile: ExpertProfile, now: Date) => ExpertProfile,
): Promise<ProfileView> {
  const before = found(await deps.profiles.get(edit.expertId), `profile ${edit.expertId}`);
  authorise(caller.principal, operation, { profile: before });
  checkVersion(before, edit.expectedVersion);
  const now = deps.now();
  const after = change(before, now);
  const events = changeEvents(before, after, now);
  await deps.save({ before, after, events, actor: actorOf(caller.principal), now });
  return callerView(caller, after, now);
}
