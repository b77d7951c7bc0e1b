import { actorOf, type Principal } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import {
  accessTargetOf,
  authorise,
  callerOrganisations,
  listOrganisations,
  listScope,
  OPERATIONS,
  personalOrganisations,
  type AccessTarget,
  type Operation,
  type Party,
} from './access.ts';
import {
  aCohort,
  anEnrolment,
  aPrincipal,
  aTrainee,
  caught,
  resolve,
} from '../../test/fixtures.ts';

/** Callers as they stand towards the target: cohort facilitated by fac-1, trainee-1 nominated by BKHCN. */
const CALLERS: Readonly<Record<string, Principal | undefined>> = {
  office: aPrincipal(['programme-office'], 'BTC', 'po-1'),
  facilitator: aPrincipal([], 'BNV', 'fac-1'),
  otherFacilitator: aPrincipal([], 'BNV', 'fac-2'),
  trainee: aPrincipal([], 'BKHCN', 'trainee-1'),
  otherTrainee: aPrincipal([], 'BKHCN', 'trainee-2'),
  nominator: aPrincipal(['nominator'], 'BKHCN', 'nom-bkhcn'),
  otherNominator: aPrincipal(['nominator'], 'BTC', 'nom-btc'),
  reviewer: aPrincipal(['reviewer'], 'BKHCN'),
  coordinator: aPrincipal(['province-coordinator'], 'BKHCN'),
  expert: aPrincipal(['expert'], 'BKHCN'),
  mentor: aPrincipal(['mentor'], 'BKHCN'),
  admin: aPrincipal(['admin'], 'BKHCN'),
  noRole: aPrincipal([], 'BKHCN', 'someone'),
  anonymous: undefined,
};
const COLUMNS = Object.keys(CALLERS);

/** A nominator of another organisation who is also listed on the cohort (fac-1). */
const FACILITATING_NOMINATOR = aPrincipal(['nominator'], 'BTC', 'fac-1');
/** A nominator of another organisation who is themselves the trainee (trainee-1). */
const TRAINEE_NOMINATOR = aPrincipal(['nominator'], 'BTC', 'trainee-1');

type Cell = 'PO' | 'FA' | 'TR' | 'NO' | 'SI' | 'PU' | '--';
const PARTY_OF: Readonly<Record<Exclude<Cell, '--'>, Party>> = {
  PO: 'programme-office',
  FA: 'facilitator',
  TR: 'trainee',
  NO: 'nominating-organisation',
  SI: 'signed-in',
  PU: 'public',
};

/**
 * The rules written out cell by cell, independently of the table in access.ts: the party
 * the caller is allowed as, or '--' for refused.
 */
// prettier-ignore
const EXPECTED: Readonly<Record<Operation, readonly Cell[]>> = {
  //                   office fac   fac2  tr    tr2   nom   nomX  rev   coord exp   ment  admin none  anon
  CreateTrack:       ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  UpdateTrack:       ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  GetTrack:          ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  ListTracks:        ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  CreateCohort:      ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  UpdateCohort:      ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  GetCohort:         ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  ListCohorts:       ['SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', 'SI', '--'],
  ScheduleSession:   ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  UpdateSession:     ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  ListSessions:      ['PO', 'FA', '--', 'TR', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  GetEnrolment:      ['PO', 'FA', '--', 'TR', '--', 'NO', '--', '--', '--', '--', '--', '--', '--', '--'],
  ListEnrolments:    ['PO', 'FA', '--', 'TR', '--', 'NO', '--', '--', '--', '--', '--', '--', '--', '--'],
  AssignToCohort:    ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  TransferTrainee:   ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  DropTrainee:       ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  GetCheckInCode:    ['PO', 'FA', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  CheckIn:           ['--', '--', '--', 'TR', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  MarkAttendance:    ['PO', 'FA', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  ImportAttendance:  ['PO', 'FA', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  ListAttendance:    ['PO', 'FA', '--', 'TR', '--', 'NO', '--', '--', '--', '--', '--', '--', '--', '--'],
  RecordAssessments: ['PO', 'FA', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  ListAssessments:   ['PO', 'FA', '--', 'TR', '--', 'NO', '--', '--', '--', '--', '--', '--', '--', '--'],
  GraduateTrainees:  ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  GetCertificate:    ['PO', '--', '--', 'TR', '--', 'NO', '--', '--', '--', '--', '--', '--', '--', '--'],
  ListCertificates:  ['PO', '--', '--', 'TR', '--', 'NO', '--', '--', '--', '--', '--', '--', '--', '--'],
  RevokeCertificate: ['PO', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--', '--'],
  VerifyCertificate: ['PU', 'PU', 'PU', 'PU', 'PU', 'PU', 'PU', 'PU', 'PU', 'PU', 'PU', 'PU', 'PU', 'PU'],
};

const TARGET: AccessTarget = accessTargetOf({ cohort: aCohort(), trainee: aTrainee() }, resolve);

const cells = OPERATIONS.flatMap((operation) =>
  COLUMNS.map((caller, column) => {
    const cell = EXPECTED[operation][column];
    if (cell === undefined) throw new Error(`no expectation for ${caller} on ${operation}`);
    return [caller, operation, cell] as const;
  }),
);

describe('authorise, cell by cell (caller x operation)', () => {
  it('covers every operation of the service and every caller', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...OPERATIONS].sort());
    expect(OPERATIONS).toHaveLength(28);
    for (const row of Object.values(EXPECTED)) expect(row).toHaveLength(COLUMNS.length);
  });

  it.each(cells)('%s on %s: %s', (caller, operation, cell) => {
    const act = () => authorise(CALLERS[caller], operation, TARGET);
    if (cell !== '--') expect(act()).toBe(PARTY_OF[cell]);
    else
      expect(caught(act).kind).toBe(
        caller === 'anonymous' ? 'unauthenticated' : 'permission-denied',
      );
  });
});

describe('authorise, refusal codes', () => {
  const codeOf = (caller: string, operation: Operation, target = TARGET) =>
    caught(() => authorise(CALLERS[caller], operation, target)).code;

  it('asks for a role where only the office may act', () => {
    expect(codeOf('facilitator', 'GraduateTrainees')).toBe('ROLE_REQUIRED');
    expect(caught(() => authorise(CALLERS.reviewer, 'CreateTrack', TARGET)).message).toBe(
      'CreateTrack needs one of the roles: programme-office',
    );
  });

  it("tells a nominator the candidate is another organisation's", () => {
    expect(codeOf('otherNominator', 'GetEnrolment')).toBe('ORG_SCOPE_VIOLATION');
  });

  it('tells others they are neither facilitator nor trainee here', () => {
    expect(codeOf('otherFacilitator', 'MarkAttendance')).toBe('COHORT_SCOPE_VIOLATION');
    expect(codeOf('otherTrainee', 'CheckIn')).toBe('COHORT_SCOPE_VIOLATION');
    expect(codeOf('office', 'CheckIn')).toBe('COHORT_SCOPE_VIOLATION');
  });

  it('needs a token for all but verification', () => {
    expect(codeOf('anonymous', 'GetTrack')).toBe('UNAUTHENTICATED');
  });
});

describe('authorise, beyond the table', () => {
  it('compares organisations by their current code, so a merged province follows its successor', () => {
    const target = accessTargetOf({ trainee: aTrainee({ organisationCode: 'P-OLDER' }) }, resolve);
    expect(authorise(aPrincipal(['nominator'], 'P-NEW'), 'GetEnrolment', target)).toBe(
      'nominating-organisation',
    );
    expect(
      caught(() => authorise(aPrincipal(['nominator'], 'P-OTHER'), 'GetEnrolment', target)).code,
    ).toBe('ORG_SCOPE_VIOLATION');
  });

  it('never matches a trainee not yet linked to a login, nor a nominator without organisation', () => {
    const unlinked = accessTargetOf({ trainee: aTrainee({ userSubject: '' }) }, resolve);
    expect(
      caught(() => authorise(aPrincipal([], 'BKHCN', ''), 'GetEnrolment', unlinked)).kind,
    ).toBe('permission-denied');
    expect(
      caught(() => authorise(aPrincipal(['nominator'], ''), 'GetEnrolment', TARGET)).code,
    ).toBe('ORG_SCOPE_VIOLATION');
  });

  it('needs the cohort named for a facilitator and the trainee named for a trainee', () => {
    const cohortOnly = accessTargetOf({ cohort: aCohort() }, resolve);
    expect(authorise(CALLERS.facilitator, 'GetEnrolment', cohortOnly)).toBe('facilitator');
    expect(caught(() => authorise(CALLERS.trainee, 'CheckIn', cohortOnly)).code).toBe(
      'COHORT_SCOPE_VIOLATION',
    );
    const traineeOnly = accessTargetOf({ trainee: anEnrolment().trainee }, resolve);
    expect(caught(() => authorise(CALLERS.facilitator, 'MarkAttendance', traineeOnly)).code).toBe(
      'COHORT_SCOPE_VIOLATION',
    );
  });

  it('allows a caller standing in two ways as the first party of the row', () => {
    const both = aPrincipal(['programme-office'], 'BKHCN', 'trainee-1');
    expect(authorise(both, 'GetEnrolment', TARGET)).toBe('programme-office');
    expect(authorise(both, 'CheckIn', TARGET)).toBe('trainee');
  });
});

/** listScope expectations: 'all', 'cohort', 'org:<code>', 'self', or '--' refused. */
// prettier-ignore
const LISTS: readonly (readonly [Operation, boolean, Readonly<Record<string, string>>])[] = [
  ['ListEnrolments', true, { office: 'all', facilitator: 'cohort', otherFacilitator: 'self', trainee: 'self', nominator: 'org:BKHCN', otherNominator: 'org:BTC', reviewer: 'self', anonymous: '--' }],
  ['ListEnrolments', false, { office: 'all', facilitator: 'self', trainee: 'self', nominator: 'org:BKHCN', noRole: 'self', anonymous: '--' }],
  ['ListAttendance', true, { office: 'all', facilitator: 'cohort', otherTrainee: 'self', otherNominator: 'org:BTC', anonymous: '--' }],
  ['ListAssessments', true, { office: 'all', facilitator: 'cohort', trainee: 'self', nominator: 'org:BKHCN' }],
  ['ListCertificates', true, { office: 'all', facilitator: 'self', trainee: 'self', nominator: 'org:BKHCN', anonymous: '--' }],
  ['ListCohorts', false, { office: 'all', facilitator: 'all', noRole: 'all', anonymous: '--' }],
  ['ListTracks', false, { expert: 'all', anonymous: '--' }],
  ['GraduateTrainees', true, { office: 'all', facilitator: '--', trainee: '--' }],
];

describe('listScope', () => {
  const rows = LISTS.flatMap(([operation, named, expected]) =>
    Object.entries(expected).map(
      ([caller, scope]) =>
        [operation, named ? 'a cohort named' : 'no cohort', caller, scope] as const,
    ),
  );

  it.each(rows)('%s with %s, for %s: %s', (operation, named, caller, scope) => {
    const filter = { cohort: named === 'a cohort named' ? TARGET.cohort : undefined, resolve };
    const act = () => listScope(CALLERS[caller], operation, filter);
    if (scope === '--') {
      expect(['permission-denied', 'unauthenticated']).toContain(caught(act).kind);
      return;
    }
    const result = act();
    const shown =
      result.reach === 'organisation' && result.scope.reach === 'organisation'
        ? `org:${result.scope.organisationCode}`
        : result.reach;
    expect(shown).toBe(scope);
    if (result.reach === 'self') expect(result.subject).toBe(CALLERS[caller]?.subject);
  });
});

describe('a nominator who is also a facilitator or a trainee', () => {
  it('lists a cohort they facilitate whole, as before scopes, and else their organisation', () => {
    const named = listScope(FACILITATING_NOMINATOR, 'ListEnrolments', {
      cohort: TARGET.cohort,
      resolve,
    });
    expect(named).toEqual({ reach: 'cohort' });
    const unnamed = listScope(FACILITATING_NOMINATOR, 'ListEnrolments', { resolve });
    expect(unnamed.reach).toBe('organisation');
  });

  it("is authorised as facilitator or trainee whatever the trainee's organisation", () => {
    expect(authorise(FACILITATING_NOMINATOR, 'GetEnrolment', TARGET)).toBe('facilitator');
    expect(authorise(TRAINEE_NOMINATOR, 'GetCertificate', TARGET)).toBe('trainee');
    expect(caught(() => authorise(FACILITATING_NOMINATOR, 'GetCertificate', TARGET))).toMatchObject(
      { code: 'ORG_SCOPE_VIOLATION' },
    );
  });
});

describe('personalOrganisations (the record-level grant)', () => {
  const cohort = TARGET.cohort;
  const all = { reach: 'all-organisations' };
  // prettier-ignore
  const cases: readonly (readonly [string, Principal | undefined, Operation, Parameters<typeof personalOrganisations>[2], unknown])[] = [
    ['the cohort\'s facilitator reads a record of it', FACILITATING_NOMINATOR, 'GetEnrolment', { cohort, traineeSubject: '' }, all],
    ['the cohort\'s facilitator reads its attendance', FACILITATING_NOMINATOR, 'ListAttendance', { cohort }, all],
    ['the cohort\'s facilitator marks its trainees', FACILITATING_NOMINATOR, 'MarkAttendance', { cohort }, all],
    ['the cohort\'s facilitator records scores', FACILITATING_NOMINATOR, 'RecordAssessments', { cohort }, all],
    ['a certificate is not the facilitator\'s', FACILITATING_NOMINATOR, 'GetCertificate', { cohort, traineeSubject: '' }, undefined],
    ['an office-only operation grants nothing', FACILITATING_NOMINATOR, 'AssignToCohort', { cohort }, undefined],
    ['no cohort (pooled): nothing', FACILITATING_NOMINATOR, 'GetEnrolment', { traineeSubject: '' }, undefined],
    ['the trainee reads their certificate', TRAINEE_NOMINATOR, 'GetCertificate', { traineeSubject: 'trainee-1' }, all],
    ['the trainee reads their enrolment', TRAINEE_NOMINATOR, 'GetEnrolment', { traineeSubject: 'trainee-1' }, all],
    ['the trainee checks in', TRAINEE_NOMINATOR, 'CheckIn', { traineeSubject: 'trainee-1' }, all],
    ['the trainee does not mark attendance', TRAINEE_NOMINATOR, 'MarkAttendance', { cohort, traineeSubject: 'trainee-1' }, undefined],
    ['another trainee\'s record', TRAINEE_NOMINATOR, 'GetEnrolment', { cohort, traineeSubject: 'trainee-2' }, undefined],
    ['an unlinked record is nobody\'s', aPrincipal(['nominator'], 'BTC', ''), 'GetEnrolment', { traineeSubject: '' }, undefined],
    ['a plain nominator of another organisation', CALLERS.otherNominator, 'GetEnrolment', { cohort, traineeSubject: 'trainee-1' }, undefined],
    ['nobody signed in', undefined, 'GetEnrolment', { cohort, traineeSubject: '' }, undefined],
  ];

  it.each(cases)('%s', (_, principal, operation, target, expected) => {
    expect(personalOrganisations(principal, operation, target)).toEqual(expected);
  });
});

describe('actorOf', () => {
  it('records who acted, from which organisation, with sorted roles', () => {
    expect(actorOf(aPrincipal(['reviewer', 'nominator'], 'BKHCN'))).toEqual({
      subject: 'user-reviewer+nominator',
      orgCode: 'BKHCN',
      roles: ['nominator', 'reviewer'],
      service: undefined,
    });
  });
});

describe('organisation scopes', () => {
  const office = aPrincipal(['programme-office'], 'BTC');
  const nominator = aPrincipal(['nominator'], 'P-OLDER');

  it("gives a nominator their own organisation's current code, everyone else all of them", () => {
    expect(callerOrganisations(nominator, resolve)).toEqual({
      reach: 'organisation',
      organisationCode: resolve('P-OLDER'),
    });
    expect(callerOrganisations(office, resolve)).toEqual({ reach: 'all-organisations' });
    expect(callerOrganisations(undefined, resolve)).toEqual({ reach: 'all-organisations' });
  });

  it('narrows a list to the organisation asked, but never widens a nominator', () => {
    const all = listScope(office, 'ListEnrolments', { resolve });
    expect(listOrganisations(all, '', resolve)).toEqual({ reach: 'all-organisations' });
    expect(listOrganisations(all, 'P-OLDER', resolve)).toEqual({
      reach: 'organisation',
      organisationCode: resolve('P-OLDER'),
    });
    const own = listScope(nominator, 'ListEnrolments', { resolve });
    expect(listOrganisations(own, 'BKHCN', resolve)).toEqual({
      reach: 'organisation',
      organisationCode: resolve('P-OLDER'),
    });
  });
});
