import {
  foldVietnamese,
  resolveOrganisation,
  scopeAdmits,
  scopeFilter,
  type OrganisationScope,
} from '@expertnet/platform';
import type { Enrolment, EnrolmentStatus, Trainee } from '../domain/index.ts';

/**
 * Where an enrolment's organisation is recorded: as nominated, and where it counts today. Every
 * read and write of enrolments (and of the records and certificates kept in them) is narrowed to
 * an OrganisationScope over these fields.
 */
export const ENROLMENT_ORGANISATION_FIELDS = [
  'trainee.organisationCode',
  'trainee.effectiveOrganisationCode',
] as const;

/** The filter fragment keeping a query of enrolments inside `scope` (`{}` for all). */
export const enrolmentScope = (scope: OrganisationScope) =>
  scopeFilter(scope, ENROLMENT_ORGANISATION_FIELDS);

/**
 * What a scoped get answers for a record that exists but lies outside the caller's scope: not
 * "none", so the use case can refuse with ORG_SCOPE_VIOLATION (another organisation's) rather than
 * NOT_FOUND (does not exist), and nothing of the record but the two facts that route a
 * record-level grant (domain/access.ts, personalOrganisations): the cohort the enrolment sits or
 * waits in ('' while pooled) and the subject of its trainee ('' before their first sign-in). A
 * caller who stands as that cohort's facilitator or as that trainee is then read the record again
 * under the grant; anyone else is refused.
 */
export class OutOfScope {
  readonly cohortId: string;
  readonly traineeSubject: string;

  constructor(
    enrolment: Pick<Enrolment, 'cohortId'> & { readonly trainee: Pick<Trainee, 'userSubject'> },
  ) {
    this.cohortId = enrolment.cohortId;
    this.traineeSubject = enrolment.trainee.userSubject;
  }
}

/** Whether `scope` reaches an enrolment read by id: the fields of enrolmentScope, in memory. */
export const enrolmentInScope = (
  scope: OrganisationScope,
  trainee: Pick<Trainee, 'organisationCode' | 'effectiveOrganisationCode'>,
) =>
  scopeAdmits(scope, trainee.organisationCode, resolveOrganisation) ||
  scopeAdmits(scope, trainee.effectiveOrganisationCode, resolveOrganisation);

/** Which enrolments a list may show: what the caller asked, narrowed by what they may see. */
export interface EnrolmentQuery {
  /** The organisations the caller may reach (and asked for): from the access check. */
  readonly organisations: OrganisationScope;
  readonly cohortId?: string | undefined;
  readonly statuses: readonly EnrolmentStatus[];
  /** Name or email, diacritics ignored. */
  readonly text: string;
  /** Only the enrolments linked to this signed-in trainee (never empty: see the use cases). */
  readonly userSubject?: string | undefined;
}

export function enrolmentFilter(query: EnrolmentQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = { ...enrolmentScope(query.organisations) };
  if (query.cohortId !== undefined) filter.cohortId = query.cohortId;
  if (query.statuses.length > 0) filter.status = { $in: [...query.statuses] };
  if (query.userSubject !== undefined) filter['trainee.userSubject'] = query.userSubject;
  if (query.text.trim() !== '') {
    filter.searchKey = { $regex: escapeRegex(foldVietnamese(query.text.trim())) };
  }
  return filter;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
