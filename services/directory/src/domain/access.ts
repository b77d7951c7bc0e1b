import { DomainError, type Principal } from '@expertnet/platform';
import type { ExpertProfile } from './types.ts';

export const PROGRAMME_OFFICE = 'programme-office';

/** Every RPC of DirectoryService, by its proto name. */
export const OPERATIONS = [
  'GetProfile',
  'GetMyProfile',
  'BatchGetExperts',
  'CreateProfile',
  'UpdateProfile',
  'SetSkills',
  'VerifySkills',
  'SetAvailability',
  'SetMentoringOffer',
  'SetVisibility',
  'RecordActivity',
  'SearchExperts',
  'FindPeers',
  'MatchExperts',
  'ListSkills',
  'CreateSkill',
  'UpdateSkill',
  'ListSectors',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * How a caller stands towards what an operation touches.
 *
 * - 'programme-office': the role; edits any profile and maintains the taxonomy.
 * - 'owner': the signed-in person the profile belongs to (linked by userSubject).
 * - 'signed-in': any member of the network or service account; what they then see of a profile
 *   is trimmed by visibility (visibility.ts), not by this table.
 */
export type Party = 'programme-office' | 'owner' | 'signed-in';

const OFFICE = ['programme-office'] as const;
const EDITORS = ['programme-office', 'owner'] as const;
const SIGNED_IN = ['signed-in'] as const;

/**
 * Who may do what: the one table the service enforces; parties not named in a row are refused.
 * Reading is open to the whole network because visibility trims each profile per field; writing
 * a profile is for its owner and the office; verifying skills, creating profiles and the
 * taxonomy are the office's. The "My" operations and RecordActivity act on the caller's own
 * profile, found by their subject, so any signed-in person qualifies.
 */
export const ACCESS: Readonly<Record<Operation, readonly Party[]>> = {
  GetProfile: SIGNED_IN,
  GetMyProfile: SIGNED_IN,
  BatchGetExperts: SIGNED_IN,
  CreateProfile: OFFICE,
  UpdateProfile: EDITORS,
  SetSkills: EDITORS,
  VerifySkills: OFFICE,
  SetAvailability: EDITORS,
  SetMentoringOffer: EDITORS,
  SetVisibility: EDITORS,
  RecordActivity: SIGNED_IN,
  SearchExperts: SIGNED_IN,
  FindPeers: SIGNED_IN,
  MatchExperts: SIGNED_IN,
  ListSkills: SIGNED_IN,
  CreateSkill: OFFICE,
  UpdateSkill: OFFICE,
  ListSectors: SIGNED_IN,
};

/** What an operation touches: the profile concerned, when there is one. */
export interface AccessTarget {
  readonly profile?: Pick<ExpertProfile, 'userSubject'> | undefined;
}

function stands(principal: Principal, party: Party, target: AccessTarget): boolean {
  switch (party) {
    case 'signed-in':
      return true;
    case 'programme-office':
      return principal.roles.has(PROGRAMME_OFFICE);
    case 'owner':
      // An unlinked profile ('' subject) has no owner yet: only the office may edit it.
      return principal.subject !== '' && target.profile?.userSubject === principal.subject;
  }
}

/**
 * Allows `operation` on `target` or throws: UNAUTHENTICATED without a token, NOT_PROFILE_OWNER
 * when someone else's profile is to be edited, ROLE_REQUIRED for the office's operations.
 * Returns the party the caller was allowed as (the first of the row's order).
 */
export function authorise(
  principal: Principal | undefined,
  operation: Operation,
  target: AccessTarget = {},
): Party {
  if (principal === undefined) {
    throw new DomainError(
      'unauthenticated',
      'UNAUTHENTICATED',
      `${operation} needs a signed-in user`,
    );
  }
  const parties = ACCESS[operation];
  const party = parties.find((candidate) => stands(principal, candidate, target));
  if (party !== undefined) return party;
  if (parties.includes('owner')) {
    return fail(
      'NOT_PROFILE_OWNER',
      `${operation} is for the profile's owner or the programme office`,
    );
  }
  return fail('ROLE_REQUIRED', `${operation} needs one of the roles: ${parties.join(', ')}`);
}

function fail(code: string, message: string): never {
  throw new DomainError('permission-denied', code, message);
}
