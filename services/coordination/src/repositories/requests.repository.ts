import { foldVietnamese, recordStore } from '@expertnet/platform';
import type { Db, Document } from 'mongodb';
import type { ListScope, SupportRequest, SupportRequestStatus } from '../domain/index.ts';

export const REQUESTS_COLLECTION = 'support_requests';

export interface RequestQuery {
  readonly scope: ListScope;
  readonly organisationCodes: readonly string[];
  readonly statuses: readonly SupportRequestStatus[];
  readonly provinceCodes: readonly string[];
  readonly skillCode: string;
  readonly query: string;
}

const folded = (text: string) => foldVietnamese(text).toLowerCase();

function scopeFilter(scope: ListScope): Document {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'organisation':
      return { requestingOrganisationCode: scope.organisationCode };
    case 'person':
      // A person outside the office and the organisations' roles has no requests of their own.
      return { createdBy: scope.subject, requestingOrganisationCode: '-' };
  }
}

export function requestsRepository(db: Db) {
  const store = recordStore<SupportRequest>(
    db,
    REQUESTS_COLLECTION,
    [
      {
        name: 'newest',
        key: { 'keys.created': -1, _id: -1 },
        serves: 'the list of requests, newest first',
      },
      {
        name: 'organisation',
        key: { requestingOrganisationCode: 1, 'keys.created': -1 },
        serves: "an organisation's requests",
      },
      { name: 'status', key: { status: 1 }, serves: 'the sweeps: requests matching, submitted' },
    ],
    (request) => ({
      created: request.createdAt.toISOString(),
      text: folded(`${request.number} ${request.details.title}`),
    }),
  );
  const counters = db.collection<{ _id: string; last: number }>('request_numbers');
  return {
    ...store,
    /** The next "YC-<year>-<n>" of the year, from a counter document (a retried create may skip one). */
    async nextNumber(year: number): Promise<string> {
      const counter = await counters.findOneAndUpdate(
        { _id: String(year) },
        { $inc: { last: 1 } },
        { upsert: true, returnDocument: 'after' },
      );
      return `YC-${String(year)}-${String(counter?.last ?? 1).padStart(4, '0')}`;
    },
    inStatuses: (statuses: readonly SupportRequestStatus[]) =>
      store.find({ status: { $in: [...statuses] } }),
    list: (query: RequestQuery, page: { pageSize: number; cursor: string }) =>
      store.page(
        {
          ...scopeFilter(query.scope),
          ...(query.organisationCodes.length > 0 && {
            requestingOrganisationCode: { $in: [...query.organisationCodes] },
          }),
          ...(query.statuses.length > 0 && { status: { $in: [...query.statuses] } }),
          ...(query.provinceCodes.length > 0 && {
            'details.provinceCode': { $in: [...query.provinceCodes] },
          }),
          ...(query.skillCode !== '' && { 'details.skills.code': query.skillCode }),
          ...(query.query !== '' && { 'keys.text': { $regex: escapeRegex(folded(query.query)) } }),
        },
        'keys.created',
        page,
        true,
      ),
  };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type RequestsRepository = ReturnType<typeof requestsRepository>;
