import { actorOf, DomainError } from '@expertnet/platform';
import {
  createInvitedProfile,
  profileCreated,
  type InvitedSpecialist,
  type ProfileView,
} from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { callerView } from './shared/profiles.ts';

/**
 * The programme office's profile for an invited specialist (CreateProfile). Refused with
 * PROFILE_EXISTS when the person has one already: their id derives from their email.
 */
export const createProfile =
  (deps: UseCaseDependencies) =>
  async (caller: Caller, specialist: InvitedSpecialist): Promise<ProfileView> => {
    const now = deps.now();
    const profile = createInvitedProfile(specialist, now);
    const events = [profileCreated(profile, { enrolmentId: '', nominationId: '' }, now)];
    const actor = actorOf(caller.principal);
    if (!(await deps.save({ before: undefined, after: profile, events, actor, now }))) {
      throw new DomainError(
        'conflict',
        'PROFILE_EXISTS',
        `${specialist.email} already has a profile`,
      );
    }
    return callerView(caller, profile, now);
  };
