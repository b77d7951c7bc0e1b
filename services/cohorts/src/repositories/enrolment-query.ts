import {
  foldVietnamese,
  resolveOrganisation,
  scopeAdmits,
  scopeFilter,
  type OrganisationScope,
} from '@expertnet/platform';
import type { EnrolmentStatus, Trainee } from '../domain/index.ts';

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
 * What a scoped get answers for a record that exists but lies outside the caller's scope: nothing
 * of it, but not "none" either, so the use case can refuse with ORG_SCOPE_VIOLATION (another
 * organisation's) rather than NOT_FOUND (does not exist).
 */
export const OUT_OF_SCOPE = 'out-of-scope';
export type OutOfScope = typeof OUT_OF_SCOPE;

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
