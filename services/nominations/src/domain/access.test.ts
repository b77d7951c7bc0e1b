import { describe, expect, it } from 'vitest';
import { actorOf } from '@expertnet/platform';
import {
  authorise,
  canSeeDuplicateFlags,
  canSeePersonalData,
  canSeeRound,
  OPERATIONS,
  type Operation,
} from './access.ts';
import { aPrincipal, caught, resolve } from '../../test/fixtures.ts';

const ROLES = [
  'programme-office',
  'reviewer',
  'nominator',
  'province-coordinator',
  'expert',
  'mentor',
  'admin',
  '(no role)',
] as const;

type Cell = 'all' | 'own' | '-';

/**
 * The access rules written out cell by cell, independently of the table in access.ts:
 * 'all' = any organisation, 'own' = only the caller's organisation, '-' = refused.
 */
// prettier-ignore
const EXPECTED: Readonly<Record<Operation, readonly Cell[]>> = {
  //                         office  review  nomin.  prov.   expert  mentor  admin   none
  ListOrganisations:       ['all',  'all',  'all',  'all',  'all',  'all',  'all',  'all'],
  GetOrganisation:         ['all',  'all',  'all',  'all',  'all',  'all',  'all',  'all'],
  CreateRound:             ['all',  '-',    '-',    '-',    '-',    '-',    '-',    '-'  ],
  UpdateRound:             ['all',  '-',    '-',    '-',    '-',    '-',    '-',    '-'  ],
  OpenRound:               ['all',  '-',    '-',    '-',    '-',    '-',    '-',    '-'  ],
  CloseRound:              ['all',  '-',    '-',    '-',    '-',    '-',    '-',    '-'  ],
  GetRound:                ['all',  'all',  'all',  'all',  'all',  'all',  'all',  'all'],
  ListRounds:              ['all',  'all',  'all',  'all',  'all',  'all',  'all',  'all'],
  SetQuotas:               ['all',  '-',    '-',    '-',    '-',    '-',    '-',    '-'  ],
  GetQuotaLedger:          ['all',  'all',  'own',  '-',    '-',    '-',    '-',    '-'  ],
  CreateNomination:        ['-',    '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  UpdateNomination:        ['-',    '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  AddDocument:             ['-',    '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  RemoveDocument:          ['-',    '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  UploadDocument:          ['-',    '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  GetDocumentContent:      ['all',  'all',  'own',  '-',    '-',    '-',    '-',    '-'  ],
  SubmitNomination:        ['-',    '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  ReturnNomination:        ['all',  'all',  '-',    '-',    '-',    '-',    '-',    '-'  ],
  ScoreNomination:         ['-',    'all',  '-',    '-',    '-',    '-',    '-',    '-'  ],
  DecideNomination:        ['all',  '-',    '-',    '-',    '-',    '-',    '-',    '-'  ],
  WithdrawNomination:      ['all',  '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  ReplaceNominee:          ['all',  '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  GetNomination:           ['all',  'all',  'own',  '-',    '-',    '-',    '-',    '-'  ],
  ListNominations:         ['all',  'all',  'own',  '-',    '-',    '-',    '-',    '-'  ],
  ListNominationRevisions: ['all',  'all',  'own',  '-',    '-',    '-',    '-',    '-'  ],
  ImportNominations:       ['-',    '-',    'own',  '-',    '-',    '-',    '-',    '-'  ],
  ListDuplicateFlags:      ['all',  '-',    '-',    '-',    '-',    '-',    '-',    '-'  ],
  ResolveDuplicateFlag:    ['all',  '-',    '-',    '-',    '-',    '-',    '-',    '-'  ],
};

const OWN = 'BKHCN';
const OTHER = 'BTC';

const principalOf = (role: (typeof ROLES)[number]) =>
  aPrincipal(role === '(no role)' ? [] : [role], OWN);

const cells = OPERATIONS.flatMap((operation) =>
  ROLES.map((role, column) => {
    const cell = EXPECTED[operation][column];
    if (cell === undefined) throw new Error(`no expectation for ${role} on ${operation}`);
    return [role, operation, cell] as const;
  }),
);

describe('authorise, cell by cell (role x operation x own / other / no organisation)', () => {
  it('covers every operation of the service', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...OPERATIONS].sort());
    expect(OPERATIONS).toHaveLength(28);
  });

  describe.each(cells)('%s on %s (%s)', (role, operation, cell) => {
    const principal = principalOf(role);

    it('on its own organisation', () => {
      const act = () => authorise(principal, operation, { organisationCode: OWN, resolve });
      if (cell === '-')
        expect(caught(act)).toMatchObject({ kind: 'permission-denied', code: 'ROLE_REQUIRED' });
      else
        expect(act()).toEqual(
          cell === 'all'
            ? { reach: 'all-organisations' }
            : { reach: 'organisation', organisationCode: OWN },
        );
    });

    it('on another organisation', () => {
      const act = () => authorise(principal, operation, { organisationCode: OTHER, resolve });
      if (cell === 'all') expect(act()).toEqual({ reach: 'all-organisations' });
      else {
        expect(caught(act)).toMatchObject({
          kind: 'permission-denied',
          code: cell === 'own' ? 'ORG_SCOPE_VIOLATION' : 'ROLE_REQUIRED',
        });
      }
    });

    it('with no organisation named (lists, rounds)', () => {
      const act = () => authorise(principal, operation, { resolve });
      if (cell === '-') expect(caught(act).code).toBe('ROLE_REQUIRED');
      else
        expect(act()).toEqual(
          cell === 'all'
            ? { reach: 'all-organisations' }
            : { reach: 'organisation', organisationCode: OWN },
        );
    });
  });
});

describe('authorise, beyond single roles', () => {
  it('gives a caller with several roles the widest reach', () => {
    const both = aPrincipal(['nominator', 'reviewer'], OWN);
    expect(authorise(both, 'GetNomination', { organisationCode: OTHER, resolve })).toEqual({
      reach: 'all-organisations',
    });
    expect(authorise(both, 'ScoreNomination', { organisationCode: OTHER, resolve })).toEqual({
      reach: 'all-organisations',
    });
    expect(
      caught(() => authorise(both, 'SubmitNomination', { organisationCode: OTHER, resolve })).code,
    ).toBe('ORG_SCOPE_VIOLATION');
  });

  it('compares organisations by their current code, so a merged province belongs to its successor', () => {
    const successor = aPrincipal(['nominator'], 'P-NEW');
    expect(
      authorise(successor, 'UpdateNomination', { organisationCode: 'P-OLDER', resolve }),
    ).toEqual({
      reach: 'organisation',
      organisationCode: 'P-NEW',
    });
    const stranger = aPrincipal(['nominator'], OWN);
    expect(
      caught(() => authorise(stranger, 'UpdateNomination', { organisationCode: 'P-OLD', resolve }))
        .code,
    ).toBe('ORG_SCOPE_VIOLATION');
  });

  it('refuses a nominator whose token names no organisation', () => {
    const orphan = aPrincipal(['nominator'], '');
    for (const organisationCode of [undefined, OWN, '']) {
      expect(
        caught(() => authorise(orphan, 'ListNominations', { organisationCode, resolve })),
      ).toMatchObject({
        code: 'ORG_SCOPE_VIOLATION',
        message: `organisation (none) may not ListNominations for ${organisationCode ?? '(none)'}`,
      });
    }
  });

  it('says which roles an operation needs', () => {
    expect(
      caught(() => authorise(aPrincipal(['expert']), 'ReturnNomination', { resolve })).message,
    ).toBe('ReturnNomination needs one of the roles: programme-office, reviewer');
  });

  it('matches no role named like an object property', () => {
    for (const role of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(caught(() => authorise(aPrincipal([role]), 'CreateRound', { resolve })).code).toBe(
        'ROLE_REQUIRED',
      );
    }
  });
});

describe('visibility', () => {
  it('hides draft rounds from all but the programme office', () => {
    expect(canSeeRound(aPrincipal(['programme-office']), 'draft')).toBe(true);
    expect(canSeeRound(aPrincipal(['reviewer']), 'draft')).toBe(false);
    expect(canSeeRound(aPrincipal(['nominator']), 'draft')).toBe(false);
    for (const status of ['scheduled', 'open', 'closed'] as const) {
      expect(canSeeRound(aPrincipal([]), status)).toBe(true);
    }
  });

  it('shows date of birth and phone to the nominating organisation and the programme office only', () => {
    expect(canSeePersonalData(aPrincipal(['programme-office'], OTHER), OWN, resolve)).toBe(true);
    expect(canSeePersonalData(aPrincipal(['nominator'], OWN), OWN, resolve)).toBe(true);
    expect(canSeePersonalData(aPrincipal(['nominator'], 'P-NEW'), 'P-OLD', resolve)).toBe(true);
    expect(canSeePersonalData(aPrincipal(['nominator'], OTHER), OWN, resolve)).toBe(false);
    expect(canSeePersonalData(aPrincipal(['reviewer'], OWN), OWN, resolve)).toBe(false);
    expect(canSeePersonalData(aPrincipal(['nominator'], ''), '', resolve)).toBe(false);
  });

  it('shows duplicate flags to the programme office and reviewers', () => {
    expect(canSeeDuplicateFlags(aPrincipal(['programme-office']))).toBe(true);
    expect(canSeeDuplicateFlags(aPrincipal(['reviewer']))).toBe(true);
    expect(canSeeDuplicateFlags(aPrincipal(['nominator']))).toBe(false);
  });
});

describe('actorOf', () => {
  it('records who acted, from which organisation, with sorted roles', () => {
    expect(actorOf(aPrincipal(['reviewer', 'nominator'], OWN))).toEqual({
      subject: 'user-reviewer+nominator',
      orgCode: OWN,
      roles: ['nominator', 'reviewer'],
      service: undefined,
    });
  });
});
