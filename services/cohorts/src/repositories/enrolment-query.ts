import { foldVietnamese } from '@expertnet/platform';
import type { EnrolmentStatus } from '../domain/index.ts';

/** Which enrolments a list may show: what the caller asked, narrowed by what they may see. */
export interface EnrolmentQuery {
  readonly cohortId?: string | undefined;
  /** A current organisation code: its candidates as nominated or through a merger. */
  readonly organisationCode?: string | undefined;
  readonly statuses: readonly EnrolmentStatus[];
  /** Name or email, diacritics ignored. */
  readonly text: string;
  /** Only the enrolments linked to this signed-in trainee (never empty: see the handlers). */
  readonly userSubject?: string | undefined;
}

export function enrolmentFilter(query: EnrolmentQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.cohortId !== undefined) filter.cohortId = query.cohortId;
  if (query.statuses.length > 0) filter.status = { $in: [...query.statuses] };
  if (query.userSubject !== undefined) filter['trainee.userSubject'] = query.userSubject;
  if (query.organisationCode !== undefined) {
    filter.$or = [
      { 'trainee.organisationCode': query.organisationCode },
      { 'trainee.effectiveOrganisationCode': query.organisationCode },
    ];
  }
  if (query.text.trim() !== '') {
    filter.searchKey = { $regex: escapeRegex(foldVietnamese(query.text.trim())) };
  }
  return filter;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
