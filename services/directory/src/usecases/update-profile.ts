import { updateDetails, type ProfileDetails, type ProfileView } from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { editProfile, type ProfileEdit } from './shared/edit-profile.ts';

/** The owner's or the office's form: position, unit, province, bio, sectors, languages, contact. */
export const updateProfile =
  (deps: UseCaseDependencies) =>
  (
    caller: Caller,
    edit: ProfileEdit & { readonly details: ProfileDetails },
  ): Promise<ProfileView> =>
    editProfile(deps, caller, 'UpdateProfile', edit, (profile, now) =>
      updateDetails(profile, edit.details, now),
    );
