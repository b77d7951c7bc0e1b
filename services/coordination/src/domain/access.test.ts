import type { Principal } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import {
  authorise,
  listScopeOf,
  OPERATIONS,
  partiesOf,
  type AccessTarget,
  type Operation,
  type Party,
} from './access.ts';
import { aPrincipal, caught } from '../../test/fixtures.ts';

/** The request, offer or engagement every operation below touches. */
const TARGET: AccessTarget = {
  requestingOrganisationCode: 'P79-SNV',
  expertSubjects: ['subject-expert-1'],
  expertOrganisationCode: 'P01-SKHCN',
};

/** Callers as they stand towards TARGET. */
const CALLERS: Readonly<Record<string, Principal | undefined>> = {
  office: aPrincipal(['programme-office'], 'BTC', 'po-1'),
  requester: aPrincipal(['province-coordinator'], 'P79-SNV', 'coord-79'),
  nominator: aPrincipal(['nominator'], 'P79-SNV', 'nominator-79'),
  otherCoordinator: aPrincipal(['province-coordinator'], 'P48-SNV', 'coord-48'),
  expert: aPrincipal(['expert'], 'P01-SKHCN', 'subject-expert-1'),
  homeCoordinator: aPrincipal(['province-coordinator'], 'P01-SKHCN', 'coord-01'),
  unrelatedExpert: aPrincipal(['expert'], 'P79-SNV', 'expert-9'),
  anonymous: undefined,
};
const COLUMNS = Object.keys(CALLERS);

type Cell = 'PO' | 'RQ' | 'EX' | 'HO' | 'SI' | '--';
const PARTY_OF: Readonly<Record<Exclude<Cell, '--'>, Party>> = {
  PO: 'programme-office',
  RQ: 'requester',
  EX: 'expert',
  HO: 'home-organisation',
  SI: 'signed-in',
};

/**
 * The service's rules written out cell by cell, independently of ACCESS: the party the caller is
 * allowed as, or '--' for refused. The office triages, offers and sees everything; the requesting
 * organisation (its coordinator or nominating officer) owns its request and rates the work; the
 * expert answers offers and reports; the expert's home organisation alone decides the release.
 */
// prettier-ignore
const EXPECTED: Readonly<Record<Operation, readonly Cell[]>> = {
  //                        office reqst  nomin  coordX expert coordH exprtX anon
  CreateSupportRequest:   ['PO',  'RQ',  'RQ',  '--',  '--',  '--',  '--',  '--'],
  UpdateSupportRequest:   ['PO',  'RQ',  'RQ',  '--',  '--',  '--',  '--',  '--'],
  SubmitSupportRequest:   ['PO',  'RQ',  'RQ',  '--',  '--',  '--',  '--',  '--'],
  CancelSupportRequest:   ['PO',  'RQ',  'RQ',  '--',  '--',  '--',  '--',  '--'],
  GetSupportRequest:      ['PO',  'RQ',  'RQ',  '--',  'EX',  '--',  '--',  '--'],
  ListSupportRequests:    ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  ReviewSupportRequest:   ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  TriageSupportRequest:   ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  SuggestExperts:         ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  StartOffers:            ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  DispatchExperts:        ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  RespondToDispatch:      ['--',  '--',  '--',  '--',  'EX',  '--',  '--',  '--'],
  WithdrawDispatch:       ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  ListDispatches:         ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  DecideRelease:          ['--',  '--',  '--',  '--',  '--',  'HO',  '--',  '--'],
  StartEngagement:        ['PO',  'RQ',  'RQ',  '--',  'EX',  '--',  '--',  '--'],
  ReportEngagement:       ['--',  '--',  '--',  '--',  'EX',  '--',  '--',  '--'],
  RateEngagement:         ['--',  'RQ',  'RQ',  '--',  '--',  '--',  '--',  '--'],
  CancelEngagement:       ['PO',  'RQ',  'RQ',  '--',  'EX',  '--',  '--',  '--'],
  CompleteSupportRequest: ['PO',  'RQ',  'RQ',  '--',  '--',  '--',  '--',  '--'],
  RateSupportRequest:     ['--',  'RQ',  'RQ',  '--',  '--',  '--',  '--',  '--'],
  GetServiceLevels:       ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  SetServiceLevels:       ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  GetProgrammeKpis:       ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
};

const CASES = OPERATIONS.flatMap((operation) =>
  COLUMNS.map((caller, index) => ({
    operation,
    caller,
    cell: EXPECTED[operation][index] ?? '--',
  })),
);

describe('ACCESS, walked cell by cell', () => {
  it('the expected matrix names every operation, with a cell for every caller', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...OPERATIONS].sort());
    for (const row of Object.values(EXPECTED)) expect(row).toHaveLength(COLUMNS.length);
  });

  it.each(CASES.filter((c) => c.cell !== '--'))(
    '$operation allows $caller as $cell',
    ({ operation, caller, cell }) => {
      const party = PARTY_OF[cell as Exclude<Cell, '--'>];
      expect(authorise(CALLERS[caller], operation, TARGET)).toBe(party);
      expect(partiesOf(CALLERS[caller], operation, TARGET)).toEqual([party]);
    },
  );

  it.each(CASES.filter((c) => c.cell === '--' && c.caller !== 'anonymous'))(
    '$operation refuses $caller (PERMISSION_DENIED)',
    ({ operation, caller }) => {
      const error = caught(() => authorise(CALLERS[caller], operation, TARGET));
      expect(error).toMatchObject({ kind: 'permission-denied', code: 'PERMISSION_DENIED' });
      expect(error.message).toContain(operation);
      expect(partiesOf(CALLERS[caller], operation, TARGET)).toEqual([]);
    },
  );

  it.each(OPERATIONS)('%s refuses a caller without a principal (UNAUTHENTICATED)', (operation) => {
    const error = caught(() => authorise(undefined, operation, TARGET));
    expect(error).toMatchObject({ kind: 'unauthenticated', code: 'UNAUTHENTICATED' });
    expect(partiesOf(undefined, operation, TARGET)).toEqual([]);
  });
});

describe('authorise, beyond the matrix', () => {
  it('answers the first party in the table: the office who is also the expert acts as the office', () => {
    const officeExpert = aPrincipal(['programme-office'], 'BTC', 'subject-expert-1');
    expect(authorise(officeExpert, 'CancelEngagement', TARGET)).toBe('programme-office');
    expect(partiesOf(officeExpert, 'CancelEngagement', TARGET)).toEqual([
      'programme-office',
      'expert',
    ]);
  });

  it('the requesting organisation releasing its own expert stands as both requester and home organisation where both are named', () => {
    const sameOrganisation: AccessTarget = { ...TARGET, expertOrganisationCode: 'P79-SNV' };
    expect(authorise(CALLERS.requester, 'DecideRelease', sameOrganisation)).toBe(
      'home-organisation',
    );
  });

  it('a principal without a subject (a service account) is not signed in, nor an expert with no login', () => {
    const service = aPrincipal([], '', '');
    const noLogin: AccessTarget = { ...TARGET, expertSubjects: [''] };
    expect(caught(() => authorise(service, 'ListSupportRequests')).code).toBe('PERMISSION_DENIED');
    expect(caught(() => authorise(service, 'RespondToDispatch', noLogin)).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('a coordinator without an organisation is no requester of a request whose code is empty', () => {
    const coordinator = aPrincipal(['province-coordinator'], '', 'coord-none');
    const noCodes: AccessTarget = { requestingOrganisationCode: '', expertOrganisationCode: '' };
    expect(caught(() => authorise(coordinator, 'SubmitSupportRequest', noCodes)).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(caught(() => authorise(coordinator, 'DecideRelease', noCodes)).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('the organisation alone does not make a requester: a member without an organisation role is refused', () => {
    const member = aPrincipal(['expert'], 'P79-SNV', 'member-79');
    expect(caught(() => authorise(member, 'CreateSupportRequest', TARGET)).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('the parties are who the target names: with no target, only the office and the signed-in rows pass', () => {
    expect(caught(() => authorise(CALLERS.requester, 'SubmitSupportRequest')).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(caught(() => authorise(CALLERS.expert, 'RespondToDispatch')).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(caught(() => authorise(CALLERS.homeCoordinator, 'DecideRelease')).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(authorise(CALLERS.office, 'SubmitSupportRequest')).toBe('programme-office');
    expect(authorise(CALLERS.expert, 'ListDispatches')).toBe('signed-in');
  });

  it('any of several experts named on the target answers as the expert', () => {
    const two: AccessTarget = {
      ...TARGET,
      expertSubjects: ['subject-expert-0', 'subject-expert-1'],
    };
    expect(authorise(CALLERS.expert, 'GetSupportRequest', two)).toBe('expert');
  });
});

describe('listScopeOf', () => {
  it('the office lists everything', () => {
    expect(listScopeOf(CALLERS.office)).toEqual({ kind: 'all' });
  });

  it.each(['requester', 'nominator', 'otherCoordinator', 'homeCoordinator'] as const)(
    'a %s lists their organisation’s, and their own',
    (caller) => {
      const principal = CALLERS[caller];
      expect(listScopeOf(principal)).toEqual({
        kind: 'organisation',
        organisationCode: principal?.org,
        subject: principal?.subject,
      });
    },
  );

  it.each(['expert', 'unrelatedExpert'] as const)('an expert (%s) lists their own', (caller) => {
    expect(listScopeOf(CALLERS[caller])).toEqual({
      kind: 'person',
      subject: CALLERS[caller]?.subject,
    });
  });

  it('only mine narrows anyone, the office too, to their own', () => {
    expect(listScopeOf(CALLERS.office, true)).toEqual({ kind: 'person', subject: 'po-1' });
    expect(listScopeOf(CALLERS.requester, true)).toEqual({ kind: 'person', subject: 'coord-79' });
  });

  it('a coordinator without an organisation lists their own', () => {
    expect(listScopeOf(aPrincipal(['province-coordinator'], '', 'coord-none'))).toEqual({
      kind: 'person',
      subject: 'coord-none',
    });
  });

  it('no principal, or one without a subject, lists as nobody ("-"), never everything', () => {
    expect(listScopeOf(undefined)).toEqual({ kind: 'person', subject: '-' });
    expect(listScopeOf(aPrincipal([], '', ''))).toEqual({ kind: 'person', subject: '-' });
  });
});
