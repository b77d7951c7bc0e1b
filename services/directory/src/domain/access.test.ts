import { DomainError, type Principal } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import {
  ACCESS,
  authorise,
  OPERATIONS,
  type AccessTarget,
  type Operation,
  type Party,
} from './access.ts';
import { aPrincipal, aProfile, caught } from '../../test/fixtures.ts';

/** Callers as they stand towards the target profile, which belongs to user-an. */
const CALLERS: Readonly<Record<string, Principal | undefined>> = {
  office: aPrincipal(['programme-office'], 'po-1'),
  owner: aPrincipal(['expert'], 'user-an'),
  otherExpert: aPrincipal(['expert'], 'user-binh'),
  nominator: aPrincipal(['nominator'], 'nom-1'),
  coordinator: aPrincipal(['province-coordinator'], 'coord-1'),
  service: { ...aPrincipal([], 'svc-mentoring', ''), service: 'mentoring' },
  anonymous: undefined,
};
const COLUMNS = Object.keys(CALLERS);

type Cell = 'PO' | 'OW' | 'SI' | '--';
const PARTY_OF: Readonly<Record<Exclude<Cell, '--'>, Party>> = {
  PO: 'programme-office',
  OW: 'owner',
  SI: 'signed-in',
};

/**
 * The rules written out cell by cell, independently of the table in access.ts: an expert
 * edits only their own profile, the office edits any, everyone signed in reads (visibility trims).
 */
// prettier-ignore
const EXPECTED: Readonly<Record<Operation, readonly Cell[]>> = {
  //                  office owner other nom   coord svc   anon
  GetProfile:        ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  GetMyProfile:      ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  BatchGetExperts:   ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  CreateProfile:     ['PO', '--', '--', '--', '--', '--', '--'],
  UpdateProfile:     ['PO', 'OW', '--', '--', '--', '--', '--'],
  SetSkills:         ['PO', 'OW', '--', '--', '--', '--', '--'],
  VerifySkills:      ['PO', '--', '--', '--', '--', '--', '--'],
  SetAvailability:   ['PO', 'OW', '--', '--', '--', '--', '--'],
  SetMentoringOffer: ['PO', 'OW', '--', '--', '--', '--', '--'],
  SetVisibility:     ['PO', 'OW', '--', '--', '--', '--', '--'],
  RecordActivity:    ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  SearchExperts:     ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  FindPeers:         ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  MatchExperts:      ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  ListSkills:        ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  CreateSkill:       ['PO', '--', '--', '--', '--', '--', '--'],
  UpdateSkill:       ['PO', '--', '--', '--', '--', '--', '--'],
  ListSectors:       ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
};

const target = { profile: aProfile({ userSubject: 'user-an' }) };

describe('ACCESS', () => {
  it('has a row for every operation of the contract', () => {
    expect(Object.keys(ACCESS).sort()).toEqual([...OPERATIONS].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...OPERATIONS].sort());
  });

  const cells = OPERATIONS.flatMap((operation) =>
    COLUMNS.map(
      (column, index) => [operation, column, EXPECTED[operation][index] ?? '--'] as const,
    ),
  );
  it.each(cells)('%s by %s: %s', (operation, column, cell) => {
    const principal = CALLERS[column];
    if (cell === '--') {
      expect(caught(() => authorise(principal, operation, target))).toBeInstanceOf(DomainError);
    } else {
      expect(authorise(principal, operation, target)).toBe(PARTY_OF[cell]);
    }
  });
});

describe('authorise refusals', () => {
  const codeOf = (
    principal: Principal | undefined,
    operation: Operation,
    profile: AccessTarget = target,
  ) => (caught(() => authorise(principal, operation, profile)) as DomainError).code;

  it.each([
    ['no token', undefined, 'GetProfile', 'UNAUTHENTICATED'],
    ['another expert editing', CALLERS.otherExpert, 'UpdateProfile', 'NOT_PROFILE_OWNER'],
    ['an expert verifying skills', CALLERS.owner, 'VerifySkills', 'ROLE_REQUIRED'],
  ] as const)('%s -> %s', (_case, principal, operation, code) => {
    expect(codeOf(principal, operation)).toBe(code);
  });

  it('lets nobody but the office edit a profile not linked to a login yet', () => {
    const unlinked = { profile: aProfile({ userSubject: '' }) };
    expect(codeOf(aPrincipal([], ''), 'UpdateProfile', unlinked)).toBe('NOT_PROFILE_OWNER');
    expect(authorise(CALLERS.office, 'UpdateProfile', unlinked)).toBe('programme-office');
  });

  it('refuses an edit with no profile named', () => {
    expect(codeOf(CALLERS.owner, 'SetSkills', {})).toBe('NOT_PROFILE_OWNER');
  });
});
