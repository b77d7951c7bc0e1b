import {
  DomainError,
  type OrganisationResolver,
  type OrganisationScope,
  type Principal,
} from '@expertnet/platform';
import { grantAllOrganisations, grantOrganisation } from '@expertnet/platform/access';
import type { Cohort, Trainee } from './types.ts';

export const PROGRAMME_OFFICE = 'programme-office';
export const NOMINATOR = 'nominator';

/** Every RPC of CohortsService, by its proto name. */
export const OPERATIONS = [
  'CreateTrack',
  'UpdateTrack',
  'GetTrack',
  'ListTracks',
  'CreateCohort',
  'UpdateCohort',
  'GetCohort',
  'ListCohorts',
  'ScheduleSession',
  'UpdateSession',
  'ListSessions',
  'GetEnrolment',
  'ListEnrolments',
  'AssignToCohort',
  'TransferTrainee',
  'DropTrainee',
  'GetCheckInCode',
  'CheckIn',
  'MarkAttendance',
  'ImportAttendance',
  'ListAttendance',
  'RecordAssessments',
  'ListAssessments',
  'GraduateTrainees',
  'GetCertificate',
  'ListCertificates',
  'RevokeCertificate',
  'VerifyCertificate',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * How a caller stands towards what an operation touches. Facilitator and trainee are not roles:
 * a facilitator is listed on the cohort, a trainee is the person of the enrolment.
 *
 * - 'programme-office': the role; manages everything.
 * - 'facilitator': listed on the cohort concerned.
 * - 'trainee': the signed-in person of the enrolment concerned (linked by userSubject).
 * - 'nominating-organisation': a nominator of the organisation that nominated the trainee
 *   (compared by current codes, so a merged province's candidates belong to its successor).
 * - 'signed-in': anyone with a valid token; 'public': anyone at all.
 */
export type Party =
  | 'programme-office'
  | 'facilitator'
  | 'trainee'
  | 'nominating-organisation'
  | 'signed-in'
  | 'public';

const OFFICE = ['programme-office'] as const;
const STAFF = ['programme-office', 'facilitator'] as const;
const SIGNED_IN = ['signed-in'] as const;
const RECORD_READERS = [
  'programme-office',
  'facilitator',
  'trainee',
  'nominating-organisation',
] as const;
const CERTIFICATE_READERS = ['programme-office', 'trainee', 'nominating-organisation'] as const;

/**
 * Who may do what: the one table the service enforces; parties not named in a row are refused.
 * Tracks and cohorts are the programme's public face inside the platform, so every signed-in user
 * reads them; sessions carry meeting links, so only the cohort's people see them. Certificates
 * are for the holder, their organisation and the office; anyone may verify one.
 */
export const ACCESS: Readonly<Record<Operation, readonly Party[]>> = {
  CreateTrack: OFFICE,
  UpdateTrack: OFFICE,
  GetTrack: SIGNED_IN,
  ListTracks: SIGNED_IN,
  CreateCohort: OFFICE,
  UpdateCohort: OFFICE,
  GetCohort: SIGNED_IN,
  ListCohorts: SIGNED_IN,
  ScheduleSession: OFFICE,
  UpdateSession: OFFICE,
  ListSessions: ['programme-office', 'facilitator', 'trainee'],
  GetEnrolment: RECORD_READERS,
  ListEnrolments: RECORD_READERS,
  AssignToCohort: OFFICE,
  TransferTrainee: OFFICE,
  DropTrainee: OFFICE,
  GetCheckInCode: STAFF,
  CheckIn: ['trainee'],
  MarkAttendance: STAFF,
  ImportAttendance: STAFF,
  ListAttendance: RECORD_READERS,
  RecordAssessments: STAFF,
  ListAssessments: RECORD_READERS,
  GraduateTrainees: OFFICE,
  GetCertificate: CERTIFICATE_READERS,
  ListCertificates: CERTIFICATE_READERS,
  RevokeCertificate: OFFICE,
  VerifyCertificate: ['public'],
};

/** What an operation touches; leave out what it does not concern. */
export interface AccessTarget {
  /** The cohort concerned, by its facilitators (accessTargetOf builds this). */
  readonly cohort?: { readonly facilitatorSubjects: readonly string[] } | undefined;
  /**
   * The trainee concerned: of the enrolment, attendance, scores or certificate read; for CheckIn
   * and ListSessions, the caller's own enrolment in the cohort, if they have one.
   */
  readonly trainee?: Pick<Trainee, 'userSubject' | 'organisationCode'> | undefined;
  readonly resolve: OrganisationResolver;
}

export function accessTargetOf(
  parts: { readonly cohort?: Cohort | undefined; readonly trainee?: Trainee | undefined },
  resolve: OrganisationResolver,
): AccessTarget {
  return {
    cohort: parts.cohort && {
      facilitatorSubjects: parts.cohort.settings.facilitators.map(
        (facilitator) => facilitator.subject,
      ),
    },
    trainee: parts.trainee,
    resolve,
  };
}

const ownOrganisation = (principal: Principal, resolve: OrganisationResolver) =>
  principal.roles.has(NOMINATOR) && principal.org !== '' ? resolve(principal.org) : undefined;

/** Whether the caller is listed on the cohort concerned. */
const facilitates = (principal: Principal, cohort: AccessTarget['cohort']) =>
  principal.subject !== '' && (cohort?.facilitatorSubjects.includes(principal.subject) ?? false);

/** Whether the caller is the trainee concerned (linked by their subject). */
const isTrainee = (principal: Principal, traineeSubject: string | undefined) =>
  principal.subject !== '' && traineeSubject === principal.subject;

function stands(principal: Principal | undefined, party: Party, target: AccessTarget): boolean {
  if (party === 'public') return true;
  if (principal === undefined) return false;
  switch (party) {
    case 'signed-in':
      return true;
    case 'programme-office':
      return principal.roles.has(PROGRAMME_OFFICE);
    case 'facilitator':
      return facilitates(principal, target.cohort);
    case 'trainee':
      return isTrainee(principal, target.trainee?.userSubject);
    case 'nominating-organisation': {
      const own = ownOrganisation(principal, target.resolve);
      return (
        own !== undefined &&
        target.trainee !== undefined &&
        target.resolve(target.trainee.organisationCode) === own
      );
    }
  }
}

/**
 * Allows `operation` on `target` or throws: UNAUTHENTICATED without a token (unless public),
 * ROLE_REQUIRED when the caller could never qualify (the office's operations), ORG_SCOPE_VIOLATION
 * for a nominator asking about another organisation's candidate, COHORT_SCOPE_VIOLATION for
 * someone who is neither the cohort's facilitator nor the trainee concerned. Returns the party the
 * caller was allowed as (the first of the row's order), e.g. to trim what a trainee sees.
 */
export function authorise(
  principal: Principal | undefined,
  operation: Operation,
  target: AccessTarget,
): Party {
  const parties = ACCESS[operation];
  const party = parties.find((candidate) => stands(principal, candidate, target));
  if (party !== undefined) return party;
  throw refusal(principal, operation);
}

function refusal(principal: Principal | undefined, operation: Operation): DomainError {
  const parties = ACCESS[operation];
  if (principal === undefined) {
    return new DomainError(
      'unauthenticated',
      'UNAUTHENTICATED',
      `${operation} needs a signed-in user`,
    );
  }
  const personal = parties.includes('facilitator') || parties.includes('trainee');
  const nominator = parties.includes('nominating-organisation') && principal.roles.has(NOMINATOR);
  if (nominator) return organisationRefusal(principal, operation);
  if (personal) {
    return new DomainError(
      'permission-denied',
      'COHORT_SCOPE_VIOLATION',
      `${operation} is for ${parties.join(', ')} of this cohort or record`,
    );
  }
  return new DomainError(
    'permission-denied',
    'ROLE_REQUIRED',
    `${operation} needs one of the roles: ${parties.join(', ')}`,
  );
}

/**
 * ORG_SCOPE_VIOLATION: a nominator reaching another organisation's candidate, as `authorise`
 * refuses them; also what a use case answers when a scoped read finds the record outside the
 * caller's scope (without the operation when the read serves no one operation).
 */
export function organisationRefusal(
  principal: Principal | undefined,
  operation?: Operation,
): DomainError {
  const org = principal === undefined || principal.org === '' ? '(none)' : principal.org;
  return new DomainError(
    'permission-denied',
    'ORG_SCOPE_VIOLATION',
    operation === undefined
      ? `organisation ${org} may reach only its own candidates`
      : `organisation ${org} may ${operation} only for its own candidates`,
  );
}

/** How a list must be filtered for the caller. */
export type ListScope =
  | { readonly reach: 'all' }
  /** Everything in the cohort named: its facilitator asked. */
  | { readonly reach: 'cohort' }
  /** Only candidates nominated by this organisation (the scope holds its current code). */
  | { readonly reach: 'organisation'; readonly scope: OrganisationScope }
  /** Only the caller's own records. */
  | { readonly reach: 'self'; readonly subject: string };

/**
 * The filter a list operation needs, from the same table: the office and signed-in rows see all;
 * a facilitator sees all of a cohort they name (facilitators list cohort by cohort); a nominator
 * their organisation's candidates; anyone else in a row admitting trainees only their own records.
 */
export function listScope(
  principal: Principal | undefined,
  operation: Operation,
  filter: Omit<AccessTarget, 'trainee'>,
): ListScope {
  const target: AccessTarget = { ...filter, trainee: undefined };
  const allows = (party: Party) =>
    ACCESS[operation].includes(party) && stands(principal, party, target);
  if (allows('public') || allows('signed-in') || allows('programme-office'))
    return { reach: 'all' };
  if (allows('facilitator')) return { reach: 'cohort' };
  const own = principal && ownOrganisation(principal, filter.resolve);
  if (own !== undefined && ACCESS[operation].includes('nominating-organisation')) {
    return { reach: 'organisation', scope: grantOrganisation(own) };
  }
  if (
    principal !== undefined &&
    principal.subject !== '' &&
    ACCESS[operation].includes('trainee')
  ) {
    return { reach: 'self', subject: principal.subject };
  }
  throw refusal(principal, operation);
}

/**
 * The organisations a list may reach: its own for a nominator, else every one, narrowed to the
 * organisation the caller asked for (`asked`, any code; '' for none). A nominator asking for
 * another organisation still sees only their own.
 */
export function listOrganisations(
  scope: ListScope,
  asked: string,
  resolve: OrganisationResolver,
): OrganisationScope {
  if (scope.reach === 'organisation') return scope.scope;
  return asked === '' ? grantAllOrganisations() : grantOrganisation(resolve(asked));
}

/**
 * The organisations a caller's reads and changes may reach before the record-level check of
 * `authorise`: a nominator (who is not in the programme office) only their own organisation's
 * candidates; everyone else every organisation (the office by role, facilitators and trainees are
 * then checked against the cohort or the record, not by organisation). A nominator who also
 * stands as a cohort's facilitator or as a trainee reaches those records through
 * personalOrganisations.
 */
export function callerOrganisations(
  principal: Principal | undefined,
  resolve: OrganisationResolver,
): OrganisationScope {
  const own = principal && ownOrganisation(principal, resolve);
  if (own === undefined || principal?.roles.has(PROGRAMME_OFFICE) === true) {
    return grantAllOrganisations();
  }
  return grantOrganisation(own);
}

/**
 * Who the caller may be to a record (or to a cohort's trainees) other than by organisation: the
 * cohort it concerns, by its facilitators ('' or none while pooled), and the subject of its
 * trainee ('' before their first sign-in), as far as the operation names them.
 */
export interface PersonalTarget {
  readonly cohort?: AccessTarget['cohort'];
  readonly traineeSubject?: string | undefined;
}

/**
 * The organisations `operation` may reach on ONE record (or, for a staff operation on a whole
 * cohort, on that cohort's trainees) because of who the caller is to it rather than which
 * organisation they belong to: every organisation when the operation's row admits them as the
 * facilitator of the cohort concerned or as the trainee concerned (the parties `authorise` admits
 * whatever the trainee's organisation); undefined otherwise, and the caller keeps
 * callerOrganisations (another organisation's record is then ORG_SCOPE_VIOLATION). So a nominator
 * who facilitates a cohort, or who was nominated by another organisation, reaches those records
 * as before organisation scopes, and nothing else beyond their own organisation. The grant is
 * for the read of that record (or the cohort's records) only; `authorise` still checks what is
 * read.
 */
export function personalOrganisations(
  principal: Principal | undefined,
  operation: Operation,
  target: PersonalTarget,
): OrganisationScope | undefined {
  if (principal === undefined) return undefined;
  const parties = ACCESS[operation];
  const personal =
    (parties.includes('facilitator') && facilitates(principal, target.cohort)) ||
    (parties.includes('trainee') && isTrainee(principal, target.traineeSubject));
  return personal ? grantAllOrganisations() : undefined;
}

/**
 * The organisations a read (or account link) of the caller's OWN enrolments may reach: every one,
 * since the query itself is narrowed to the caller as trainee (by their subject, or at first
 * sign-in by their verified email), whichever organisation nominated them. Use it only with such
 * a narrowing.
 */
export const ownEnrolmentsOrganisations = (): OrganisationScope => grantAllOrganisations();

/** The service acting on its own (the nominations consumer, the sweeps) reaches everyone. */
export const serviceScope = (): OrganisationScope => grantAllOrganisations();
