import type { Db, Document } from 'mongodb';
import type { Application, ApplicationStatus, ListScope } from '../domain/index.ts';
import { recordStore } from '@expertnet/platform';

export const APPLICATIONS_COLLECTION = 'applications';

export interface ApplicationQuery {
  readonly scope: ListScope;
  readonly statuses: readonly ApplicationStatus[];
  readonly programmeId: string;
}

/** The filter that narrows pairs or applications to what the caller stands in. */
export function scopeFilterOf(scope: ListScope, people: readonly string[]): Document {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'person':
      return { $or: people.map((path) => ({ [`${path}.userSubject`]: scope.subject })) };
    case 'organisation':
      return {
        $or: people.flatMap((path) => [
          { [`${path}.userSubject`]: scope.subject },
          { [`${path}.organisationCode`]: scope.organisationCode },
        ]),
      };
  }
}

export function applicationsRepository(db: Db) {
  const store = recordStore<Application>(
    db,
    APPLICATIONS_COLLECTION,
    [
      {
        name: 'waiting',
        key: { 'keys.created': 1, _id: 1 },
        serves: 'the list of applications, oldest waiting first',
      },
      {
        name: 'mentee',
        key: { 'mentee.userSubject': 1, status: 1 },
        serves: "a mentee's live applications (the overlapping-programme rule, 'mine')",
      },
      {
        name: 'programme',
        key: { programmeId: 1, status: 1 },
        serves: "a programme's open applications for bulk matching",
      },
    ],
    (application) => ({ created: application.createdAt.toISOString() }),
  );
  return {
    ...store,
    liveOf: (menteeSubject: string) =>
      store.find({ 'mentee.userSubject': menteeSubject, status: { $ne: 'withdrawn' } }),
    openIn: (programmeId: string) => store.find({ programmeId, status: 'open' }),
    /** Applications whose proposal a crash may have left half-made (see the reconcile sweep). */
    proposed: () => store.find({ status: 'proposed' }),
    list: (query: ApplicationQuery, page: { pageSize: number; cursor: string }) =>
      store.page(
        {
          ...scopeFilterOf(query.scope, ['mentee']),
          ...(query.statuses.length > 0 && { status: { $in: [...query.statuses] } }),
          ...(query.programmeId !== '' && { programmeId: query.programmeId }),
        },
        'keys.created',
        page,
      ),
  };
}

export type ApplicationsRepository = ReturnType<typeof applicationsRepository>;
