import {
  verifySkills as verifyClaimedSkills,
  type ProfileView,
  type SkillClaim,
} from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { editProfile, type ProfileEdit } from './shared/edit-profile.ts';

/** The programme office marks skills verified, with the evidence it names (VerifySkills). */
export const verifySkills =
  (deps: UseCaseDependencies) =>
  (
    caller: Caller,
    edit: ProfileEdit & { readonly skills: readonly SkillClaim[]; readonly evidence: string },
  ): Promise<ProfileView> =>
    editProfile(deps, caller, 'VerifySkills', edit, (profile, now) =>
      verifyClaimedSkills(profile, edit.skills, edit.evidence, deps.catalogue.taxonomy(), now),
    );
