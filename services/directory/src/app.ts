import type { OutboxWrite } from '@expertnet/platform';
import type { Db } from 'mongodb';
import type { Sector, SkillDefinition } from './domain/index.ts';
import { directoryEnvelopes } from './events/envelopes.ts';
import { createExpertIndex } from './read-model/expert-index.ts';
import { DEFAULT_SECTORS, DEFAULT_TAXONOMY } from './reference/index.ts';
import { profilesRepository } from './repositories/profiles.repository.ts';
import { skillsRepository } from './repositories/skills.repository.ts';
import { applyGraduation } from './usecases/apply-graduation.ts';
import { batchGetExperts } from './usecases/batch-get-experts.ts';
import { createProfile } from './usecases/create-profile.ts';
import { createSkill } from './usecases/create-skill.ts';
import { expireAvailabilities } from './usecases/expire-availabilities.ts';
import { findPeers } from './usecases/find-peers.ts';
import { getMyProfile } from './usecases/get-my-profile.ts';
import { getProfile } from './usecases/get-profile.ts';
import { listSectors } from './usecases/list-sectors.ts';
import { listSkills } from './usecases/list-skills.ts';
import { loadReadModel } from './usecases/load-read-model.ts';
import { matchExperts } from './usecases/match-experts.ts';
import { recordActivity } from './usecases/record-activity.ts';
import { refreshProfile } from './usecases/refresh-profile.ts';
import { revokeCertificate } from './usecases/revoke-certificate.ts';
import { searchExperts } from './usecases/search-experts.ts';
import { setAvailability } from './usecases/set-availability.ts';
import { setMentoringOffer } from './usecases/set-mentoring-offer.ts';
import { setSkills } from './usecases/set-skills.ts';
import { setVisibility } from './usecases/set-visibility.ts';
import { updateProfile } from './usecases/update-profile.ts';
import { updateSkill } from './usecases/update-skill.ts';
import { verifySkills } from './usecases/verify-skills.ts';
import { catalogueOf } from './usecases/shared/catalogue.ts';
import type { UseCaseDependencies } from './usecases/shared/dependencies.ts';
import { profileSaver } from './usecases/shared/save-profile.ts';

export interface DirectoryAppDependencies {
  readonly db: Db;
  readonly now: () => Date;
  /** Ids of event envelopes. */
  readonly newId: () => string;
  /** Wakes the outbox relay after a write with events (the relay's nudge). */
  readonly eventsWritten: (written: OutboxWrite) => void;
  /** The taxonomy seeded into an empty database; the default vocabulary unless a test says. */
  readonly defaultTaxonomy?: readonly SkillDefinition[];
  readonly sectors?: readonly Sector[];
}

/**
 * The directory service built from its dependencies, ready to serve: repositories over `db`
 * (indexes ensured, the default taxonomy seeded), the catalogue, an empty search read model (the
 * caller loads it with loadReadModel once the feed follows other replicas' writes) and every use
 * case. It never listens: main.ts connects it to gRPC, the consumer and the sweep; tests call it.
 */
export async function createDirectoryApp(deps: DirectoryAppDependencies) {
  const profiles = profilesRepository(deps.db);
  const skills = skillsRepository(deps.db);
  await profiles.ensureIndexes();
  await skills.seed(deps.defaultTaxonomy ?? DEFAULT_TAXONOMY);
  const catalogue = catalogueOf(await skills.all(), deps.sectors ?? DEFAULT_SECTORS);
  const index = createExpertIndex(catalogue.labels());
  const save = profileSaver({
    profiles,
    index,
    envelopesOf: directoryEnvelopes(deps.newId),
    eventsWritten: deps.eventsWritten,
  });
  const usecases: UseCaseDependencies = { profiles, skills, index, catalogue, save, now: deps.now };
  return {
    getProfile: getProfile(usecases),
    getMyProfile: getMyProfile(usecases),
    batchGetExperts: batchGetExperts(usecases),
    createProfile: createProfile(usecases),
    updateProfile: updateProfile(usecases),
    setSkills: setSkills(usecases),
    verifySkills: verifySkills(usecases),
    setAvailability: setAvailability(usecases),
    setMentoringOffer: setMentoringOffer(usecases),
    setVisibility: setVisibility(usecases),
    recordActivity: recordActivity(usecases),
    searchExperts: searchExperts(usecases),
    findPeers: findPeers(usecases),
    matchExperts: matchExperts(usecases),
    listSkills: listSkills(usecases),
    createSkill: createSkill(usecases),
    updateSkill: updateSkill(usecases),
    listSectors: listSectors(usecases),
    // The cohorts consumer's, the sweep's and the read model feed's.
    applyGraduation: applyGraduation(usecases),
    revokeCertificate: revokeCertificate(usecases),
    expireAvailabilities: expireAvailabilities(usecases),
    refreshProfile: refreshProfile(usecases),
    loadReadModel: loadReadModel(usecases),
  };
}

export type DirectoryApp = Awaited<ReturnType<typeof createDirectoryApp>>;
