import { actorOf } from '@expertnet/platform';
import { changeEvents, linkUser, profileIdFor, type ExpertProfile } from '../../domain/index.ts';
import type { Caller, UseCaseDependencies } from './dependencies.ts';
import { found } from './profiles.ts';

/**
 * The caller's own profile. A profile made before its owner ever signed in (a graduate, an
 * invited specialist) is linked to the caller's account the first time they come, by the
 * verified email of their token, which is the key the profile's id derives from; afterwards
 * they are found by subject.
 */
export async function ownProfile(
  deps: Pick<UseCaseDependencies, 'profiles' | 'save' | 'now'>,
  caller: Caller,
): Promise<ExpertProfile> {
  const { subject } = caller.principal;
  const linked = subject === '' ? undefined : await deps.profiles.ofUser(subject);
  if (linked !== undefined) return linked;
  const email = caller.verifiedEmail;
  const unlinked = email === undefined ? undefined : await deps.profiles.get(profileIdFor(email));
  const before = found(unlinked, 'a profile for this user');
  const now = deps.now();
  const after = linkUser(before, subject, now);
  await deps.save({
    before,
    after,
    events: changeEvents(before, after, now),
    actor: actorOf(caller.principal),
    now,
  });
  return after;
}
