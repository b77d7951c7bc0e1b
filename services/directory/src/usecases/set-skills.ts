import {
  setSkills as setClaimedSkills,
  type ProfileView,
  type SkillClaim,
} from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { editProfile, type ProfileEdit } from './shared/edit-profile.ts';

/** The expert's self-declared skills; verified ones stay as the programme verified them. */
export const setSkills =
  (deps: UseCaseDependencies) =>
  (
    caller: Caller,
    edit: ProfileEdit & { readonly skills: readonly SkillClaim[] },
  ): Promise<ProfileView> =>
    editProfile(deps, caller, 'SetSkills', edit, (profile, now) =>
      setClaimedSkills(profile, edit.skills, deps.catalogue.taxonomy(), now),
    );
