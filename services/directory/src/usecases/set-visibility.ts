import {
  setVisibility as changeVisibility,
  type ProfileView,
  type VisibilitySettings,
} from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { editProfile, type ProfileEdit } from './shared/edit-profile.ts';

/** Who sees which part of the profile (SetVisibility). */
export const setVisibility =
  (deps: UseCaseDependencies) =>
  (
    caller: Caller,
    edit: ProfileEdit & { readonly visibility: VisibilitySettings },
  ): Promise<ProfileView> =>
    editProfile(deps, caller, 'SetVisibility', edit, (profile, now) =>
      changeVisibility(profile, edit.visibility, now),
    );
