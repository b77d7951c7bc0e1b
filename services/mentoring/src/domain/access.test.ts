import type { Principal } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import {
  authorise,
  listScopeOf,
  OPERATIONS,
  partiesOf,
  seesNotes,
  type AccessTarget,
  type Operation,
  type Party,
} from './access.ts';
import { aPrincipal, caught } from '../../test/fixtures.ts';

/** The pair (or application) every operation below touches. */
const TARGET: AccessTarget = {
  mentor: { userSubject: 'subject-mentor-1', organisationCode: 'P01-SKHCN' },
  mentee: { userSubject: 'subject-mentee-1', organisationCode: 'P79-SNV' },
};

/** Callers as they stand towards TARGET. */
const CALLERS: Readonly<Record<string, Principal | undefined>> = {
  office: aPrincipal(['programme-office'], 'BTC', 'po-1'),
  mentor: aPrincipal(['expert'], 'P01-SKHCN', 'subject-mentor-1'),
  mentee: aPrincipal(['expert'], 'P79-SNV', 'subject-mentee-1'),
  menteeCoordinator: aPrincipal(['province-coordinator'], 'P79-SNV', 'coord-79'),
  mentorCoordinator: aPrincipal(['province-coordinator'], 'P01-SKHCN', 'coord-01'),
  otherCoordinator: aPrincipal(['province-coordinator'], 'P48-SNV', 'coord-48'),
  expert: aPrincipal(['expert'], 'P79-SNV', 'expert-9'),
  anonymous: undefined,
};
const COLUMNS = Object.keys(CALLERS);

type Cell = 'PO' | 'MR' | 'ME' | 'CO' | 'SI' | '--';
const PARTY_OF: Readonly<Record<Exclude<Cell, '--'>, Party>> = {
  PO: 'programme-office',
  MR: 'mentor',
  ME: 'mentee',
  CO: 'coordinator',
  SI: 'signed-in',
};

/**
 * The service's rules written out cell by cell, independently of ACCESS: the party the caller is
 * allowed as, or '--' for refused. The office runs programmes and matching and sees every pair;
 * the pair acts on itself; a coordinator of either side's organisation reads, never changes.
 */
// prettier-ignore
const EXPECTED: Readonly<Record<Operation, readonly Cell[]>> = {
  //                       office mentor mentee coordME coordMR coordX expert anon
  CreateProgramme:       ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  UpdateProgramme:       ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  GetProgramme:          ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  ListProgrammes:        ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  RunMatching:           ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  GetMatchRun:           ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  AdjustMatchRun:        ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  PublishMatchRun:       ['PO',  '--',  '--',  '--',  '--',  '--',  '--',  '--'],
  GetMentor:             ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  ListMentors:           ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  ApplyForMentoring:     ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  GetApplication:        ['PO',  '--',  'ME',  'CO',  'CO',  '--',  '--',  '--'],
  ListApplications:      ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  WithdrawApplication:   ['PO',  '--',  'ME',  '--',  '--',  '--',  '--',  '--'],
  SuggestMentors:        ['PO',  '--',  'ME',  '--',  '--',  '--',  '--',  '--'],
  ProposeAssignment:     ['PO',  '--',  'ME',  '--',  '--',  '--',  '--',  '--'],
  RespondToAssignment:   ['--',  'MR',  '--',  '--',  '--',  '--',  '--',  '--'],
  EndAssignment:         ['PO',  'MR',  'ME',  '--',  '--',  '--',  '--',  '--'],
  GetAssignment:         ['PO',  'MR',  'ME',  'CO',  'CO',  '--',  '--',  '--'],
  ListAssignments:       ['SI',  'SI',  'SI',  'SI',  'SI',  'SI',  'SI',  '--'],
  SetGoals:              ['--',  'MR',  'ME',  '--',  '--',  '--',  '--',  '--'],
  ListAssignmentHistory: ['PO',  'MR',  'ME',  'CO',  'CO',  '--',  '--',  '--'],
  ScheduleMeeting:       ['--',  'MR',  'ME',  '--',  '--',  '--',  '--',  '--'],
  UpdateMeeting:         ['--',  'MR',  'ME',  '--',  '--',  '--',  '--',  '--'],
  RecordMeetingOutcome:  ['--',  'MR',  'ME',  '--',  '--',  '--',  '--',  '--'],
  ListMeetings:          ['PO',  'MR',  'ME',  'CO',  'CO',  '--',  '--',  '--'],
  SubmitFeedback:        ['--',  'MR',  'ME',  '--',  '--',  '--',  '--',  '--'],
  ListFeedback:          ['PO',  'MR',  'ME',  '--',  '--',  '--',  '--',  '--'],
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
  it('answers the first party in the table: the office who is also the mentor acts as the office', () => {
    const officeMentor = aPrincipal(['programme-office'], 'BTC', 'subject-mentor-1');
    expect(authorise(officeMentor, 'EndAssignment', TARGET)).toBe('programme-office');
    expect(partiesOf(officeMentor, 'EndAssignment', TARGET)).toEqual([
      'programme-office',
      'mentor',
    ]);
  });

  it('a principal without a subject (a service account) is not signed in, nor either side of a pair with no login', () => {
    const service = aPrincipal([], '', '');
    const noLogins: AccessTarget = {
      mentor: { userSubject: '', organisationCode: 'P01-SKHCN' },
      mentee: { userSubject: '', organisationCode: 'P79-SNV' },
    };
    expect(caught(() => authorise(service, 'GetProgramme')).code).toBe('PERMISSION_DENIED');
    expect(caught(() => authorise(service, 'SetGoals', noLogins)).code).toBe('PERMISSION_DENIED');
    expect(caught(() => authorise(service, 'RespondToAssignment', noLogins)).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('a coordinator without an organisation is no coordinator of a pair whose codes are empty', () => {
    const coordinator = aPrincipal(['province-coordinator'], '', 'coord-none');
    const noCodes: AccessTarget = {
      mentor: { userSubject: 'subject-mentor-1', organisationCode: '' },
      mentee: { userSubject: 'subject-mentee-1', organisationCode: '' },
    };
    expect(caught(() => authorise(coordinator, 'GetAssignment', noCodes)).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('the pair is who the target names: with no target, only the office and the signed-in rows pass', () => {
    expect(caught(() => authorise(CALLERS.mentor, 'SetGoals')).code).toBe('PERMISSION_DENIED');
    expect(caught(() => authorise(CALLERS.menteeCoordinator, 'GetAssignment')).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(authorise(CALLERS.office, 'GetAssignment')).toBe('programme-office');
  });

  it('the role alone does not make a mentor: an expert with the mentor role on another pair is refused', () => {
    const otherMentor = aPrincipal(['mentor'], 'P01-SKHCN', 'subject-mentor-2');
    expect(caught(() => authorise(otherMentor, 'RespondToAssignment', TARGET)).code).toBe(
      'PERMISSION_DENIED',
    );
  });
});

describe('seesNotes: the pair alone', () => {
  it.each([
    ['mentor', true],
    ['mentee', true],
    ['office', false],
    ['menteeCoordinator', false],
    ['mentorCoordinator', false],
    ['otherCoordinator', false],
    ['expert', false],
    ['anonymous', false],
  ] as const)('%s: %s', (caller, sees) => {
    expect(seesNotes(CALLERS[caller], TARGET)).toBe(sees);
  });

  it('the office never sees notes, even with the coordinator role as well', () => {
    const both = aPrincipal(['programme-office', 'province-coordinator'], 'P79-SNV', 'po-2');
    expect(seesNotes(both, TARGET)).toBe(false);
  });

  it('an empty subject does not match a side without a login', () => {
    const service = aPrincipal(['programme-office'], '', '');
    const noLogin: AccessTarget = {
      mentor: { userSubject: '', organisationCode: 'P01-SKHCN' },
      mentee: { userSubject: '', organisationCode: 'P79-SNV' },
    };
    expect(seesNotes(service, noLogin)).toBe(false);
  });
});

describe('listScopeOf', () => {
  it('the office lists everything', () => {
    expect(listScopeOf(CALLERS.office, false)).toEqual({ kind: 'all' });
  });

  it('a coordinator lists their organisation (and their own)', () => {
    expect(listScopeOf(CALLERS.menteeCoordinator, false)).toEqual({
      kind: 'organisation',
      subject: 'coord-79',
      organisationCode: 'P79-SNV',
    });
  });

  it('a coordinator without an organisation lists only their own', () => {
    const coordinator = aPrincipal(['province-coordinator'], '', 'coord-none');
    expect(listScopeOf(coordinator, false)).toEqual({ kind: 'person', subject: 'coord-none' });
  });

  it('anyone else lists their own', () => {
    expect(listScopeOf(CALLERS.mentor, false)).toEqual({
      kind: 'person',
      subject: 'subject-mentor-1',
    });
    expect(listScopeOf(CALLERS.expert, false)).toEqual({ kind: 'person', subject: 'expert-9' });
  });

  it('"only mine" narrows the office and coordinators to their own', () => {
    expect(listScopeOf(CALLERS.office, true)).toEqual({ kind: 'person', subject: 'po-1' });
    expect(listScopeOf(CALLERS.menteeCoordinator, true)).toEqual({
      kind: 'person',
      subject: 'coord-79',
    });
  });

  it('no principal, or no subject, matches nobody', () => {
    expect(listScopeOf(undefined, false)).toEqual({ kind: 'person', subject: '-' });
    expect(listScopeOf(aPrincipal([], 'P79-SNV', ''), true)).toEqual({
      kind: 'person',
      subject: '-',
    });
  });
});
