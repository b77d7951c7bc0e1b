import {
  setMentoringOffer as changeMentoringOffer,
  type MentoringOffer,
  type ProfileView,
} from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { editProfile, type ProfileEdit } from './shared/edit-profile.ts';

/** Whether and whom the expert mentors (SetMentoringOffer). */
export const setMentoringOffer =
  (deps: UseCaseDependencies) =>
  (caller: Caller, edit: ProfileEdit & { readonly offer: MentoringOffer }): Promise<ProfileView> =>
    editProfile(deps, caller, 'SetMentoringOffer', edit, (profile, now) =>
      changeMentoringOffer(profile, edit.offer, deps.catalogue.taxonomy(), now),
    );
