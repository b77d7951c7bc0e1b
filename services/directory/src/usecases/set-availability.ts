import {
  setAvailability as changeAvailability,
  type AvailabilityChange,
  type ProfileView,
} from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { editProfile, type ProfileEdit } from './shared/edit-profile.ts';

/** Available, limited or unavailable, maybe until a day (SetAvailability). */
export const setAvailability =
  (deps: UseCaseDependencies) =>
  (
    caller: Caller,
    edit: ProfileEdit & { readonly availability: AvailabilityChange },
  ): Promise<ProfileView> =>
    editProfile(deps, caller, 'SetAvailability', edit, (profile, now) =>
      changeAvailability(profile, edit.availability, now),
    );
