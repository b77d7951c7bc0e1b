import {
  applyGraduation as graduate,
  changeEvents,
  profileCreated,
  profileIdFor,
  type GraduationFacts,
  type GraduationOutcome,
} from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { DIRECTORY_ACTOR } from './shared/service-actor.ts';

/**
 * A graduation (cohorts.trainee.graduated) creates the person's profile, or adds the certificate
 * and its verified skills to the one they have. Safe to repeat: the profile id comes from the
 * person and an applied enrolment changes nothing; a new profile that lost a race to another
 * insert throws, so the redelivery reads again and applies to it.
 */
export const applyGraduation =
  (deps: UseCaseDependencies) =>
  async (facts: GraduationFacts): Promise<GraduationOutcome> => {
    const now = deps.now();
    const before = await deps.profiles.get(profileIdFor(facts.trainee.email));
    const { profile, outcome } = graduate(before, facts, deps.catalogue.taxonomy(), now);
    if (outcome === 'unchanged') return outcome;
    const origin = { enrolmentId: facts.enrolmentId, nominationId: facts.nominationId };
    const events =
      before === undefined
        ? [profileCreated(profile, origin, now)]
        : changeEvents(before, profile, now);
    if (!(await deps.save({ before, after: profile, events, actor: DIRECTORY_ACTOR, now }))) {
      throw new Error(
        `profile ${profile.id} was created concurrently; the redelivery applies to it`,
      );
    }
    return outcome;
  };
