import { accessTable, type Principal } from '@expertnet/platform';

export const PROGRAMME_OFFICE = 'programme-office';
export const PROVINCE_COORDINATOR = 'province-coordinator';

/** Every RPC of MentoringService, by its proto name. */
export const OPERATIONS = [
  'CreateProgramme',
  'UpdateProgramme',
  'GetProgramme',
  'ListProgrammes',
  'RunMatching',
  'GetMatchRun',
  'AdjustMatchRun',
  'PublishMatchRun',
  'GetMentor',
  'ListMentors',
  'ApplyForMentoring',
  'GetApplication',
  'ListApplications',
  'WithdrawApplication',
  'SuggestMentors',
  'ProposeAssignment',
  'RespondToAssignment',
  'EndAssignment',
  'GetAssignment',
  'ListAssignments',
  'SetGoals',
  'ListAssignmentHistory',
  'ScheduleMeeting',
  'UpdateMeeting',
  'RecordMeetingOutcome',
  'ListMeetings',
  'SubmitFeedback',
  'ListFeedback',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * How a caller stands towards what an operation touches.
 *
 * - 'programme-office': the role; runs programmes and matching, sees every pair (not its notes).
 * - 'mentor': the pair's mentor. 'mentee': the pair's (or application's) mentee.
 * - 'coordinator': a province coordinator of the mentee's or the mentor's organisation; sees the
 *   pair, never its meeting notes, and changes nothing.
 * - 'signed-in': any member of the network (reading programmes, applying for themselves).
 */
export type Party = 'programme-office' | 'mentor' | 'mentee' | 'coordinator' | 'signed-in';

const OFFICE = ['programme-office'] as const;
const SIGNED_IN = ['signed-in'] as const;
const PAIR = ['programme-office', 'mentor', 'mentee'] as const;
const PAIR_AND_COORDINATOR = ['programme-office', 'mentor', 'mentee', 'coordinator'] as const;
const PAIR_ONLY = ['mentor', 'mentee'] as const;

/**
 * Who may do what: the one table the service enforces; a party not named in a row is refused.
 * Lists are open to the signed-in because each is narrowed to what the caller stands in (their
 * own pairs, their organisation's for a coordinator, everything for the office).
 */
export const ACCESS: Readonly<Record<Operation, readonly Party[]>> = {
  CreateProgramme: OFFICE,
  UpdateProgramme: OFFICE,
  GetProgramme: SIGNED_IN,
  ListProgrammes: SIGNED_IN,
  RunMatching: OFFICE,
  GetMatchRun: OFFICE,
  AdjustMatchRun: OFFICE,
  PublishMatchRun: OFFICE,
  GetMentor: SIGNED_IN,
  ListMentors: SIGNED_IN,
  ApplyForMentoring: SIGNED_IN,
  GetApplication: ['programme-office', 'mentee', 'coordinator'],
  ListApplications: SIGNED_IN,
  WithdrawApplication: ['programme-office', 'mentee'],
  SuggestMentors: ['programme-office', 'mentee'],
  ProposeAssignment: ['programme-office', 'mentee'],
  RespondToAssignment: ['mentor'],
  EndAssignment: PAIR,
  GetAssignment: PAIR_AND_COORDINATOR,
  ListAssignments: SIGNED_IN,
  SetGoals: PAIR_ONLY,
  ListAssignmentHistory: PAIR_AND_COORDINATOR,
  ScheduleMeeting: PAIR_ONLY,
  UpdateMeeting: PAIR_ONLY,
  RecordMeetingOutcome: PAIR_ONLY,
  ListMeetings: PAIR_AND_COORDINATOR,
  SubmitFeedback: PAIR_ONLY,
  ListFeedback: PAIR,
};

/** The people an operation touches: the pair's or the application's. */
export interface AccessTarget {
  readonly mentor?: { readonly userSubject: string; readonly organisationCode: string };
  readonly mentee?: { readonly userSubject: string; readonly organisationCode: string };
}

function stands(principal: Principal, party: Party, target: AccessTarget): boolean {
  const subject = principal.subject;
  switch (party) {
    case 'signed-in':
      return subject !== '';
    case 'programme-office':
      return principal.roles.has(PROGRAMME_OFFICE);
    case 'mentor':
      return subject !== '' && target.mentor?.userSubject === subject;
    case 'mentee':
      return subject !== '' && target.mentee?.userSubject === subject;
    case 'coordinator':
      return (
        principal.roles.has(PROVINCE_COORDINATOR) &&
        principal.org !== '' &&
        (target.mentee?.organisationCode === principal.org ||
          target.mentor?.organisationCode === principal.org)
      );
  }
}

const table = accessTable(ACCESS, stands);

/** The parties the caller stands as for `operation` on `target`, in the table's order. */
export const partiesOf = (
  principal: Principal | undefined,
  operation: Operation,
  target: AccessTarget = {},
): Party[] => table.partiesOf(principal, operation, target);

/** Authorises `operation`, answering the first party the caller stands as, or throws. */
export const authorise = (
  principal: Principal | undefined,
  operation: Operation,
  target: AccessTarget = {},
): Party => table.authorise(principal, operation, target);

/** Meeting notes are the pair's alone: the office and coordinators never read them. */
export const seesNotes = (principal: Principal | undefined, target: AccessTarget) =>
  principal !== undefined &&
  principal.subject !== '' &&
  (target.mentor?.userSubject === principal.subject ||
    target.mentee?.userSubject === principal.subject);

/** How a list of pairs or applications is narrowed for the caller. */
export type ListScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'person'; readonly subject: string }
  | { readonly kind: 'organisation'; readonly subject: string; readonly organisationCode: string };

export function listScopeOf(principal: Principal | undefined, onlyMine: boolean): ListScope {
  if (principal === undefined) return { kind: 'person', subject: '-' };
  const subject = principal.subject === '' ? '-' : principal.subject;
  if (onlyMine) return { kind: 'person', subject };
  if (principal.roles.has(PROGRAMME_OFFICE)) return { kind: 'all' };
  if (principal.roles.has(PROVINCE_COORDINATOR) && principal.org !== '') {
    return { kind: 'organisation', subject, organisationCode: principal.org };
  }
  return { kind: 'person', subject };
}
