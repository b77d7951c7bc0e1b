import type { Principal } from '@expertnet/platform';
import type { ExpertIndex } from '../../read-model/expert-index.ts';
import type { ProfilesRepository } from '../../repositories/profiles.repository.ts';
import type { SkillsRepository } from '../../repositories/skills.repository.ts';
import type { Catalogue } from './catalogue.ts';
import type { SaveProfile } from './save-profile.ts';

/** What the use cases work with; app.ts builds it once. */
export interface UseCaseDependencies {
  readonly profiles: ProfilesRepository;
  readonly skills: SkillsRepository;
  /** The in-memory search read model (docs/adr/0003-search-read-model.md). */
  readonly index: ExpertIndex;
  readonly catalogue: Catalogue;
  readonly save: SaveProfile;
  readonly now: () => Date;
}

/**
 * Who asks, as the transport verified it: the principal, and the verified email of their token,
 * by which a profile made before its owner ever signed in is linked to them.
 */
export interface Caller {
  readonly principal: Principal;
  readonly verifiedEmail: string | undefined;
}
