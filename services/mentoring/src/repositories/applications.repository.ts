import type { Db, Document } from 'mongodb';
import type { Application, ApplicationStatus, ListScope } from '../domain/index.ts';
import { recordStore } from '@expertnet/platform';

export const APPLICATIONS_COLLECTION = 'applications';

export interface ApplicationQuery {
  readonly scope: ListScope;
  /** The caller's directory profiles: a pair made before their sign-in was linked is still theirs. */
  readonly ownExpertIds: readonly string[];
  readonly statuses: readonly ApplicationStatus[];
  readonly programmeId: string;
}

/** The filter that narrows pairs or applications to what the caller stands in. */
export function scopeFilterOf(
  scope: ListScope,
  people: readonly string[],
  ownExpertIds: readonly string[],
): Document {
  const own = people.flatMap((path) => [
    { [`${path}.userSubject`]: scope.kind === 'all' ? '' : scope.subject },
    ...(ownExpertIds.length > 0 ? [{ [`${path}.expertId`]: { $in: [...ownExpertIds] } }] : []),
  ]);
  switch (scope.kind) {
    case 'all':
      return {};
    case 'person':
      return { $or: own };
    case 'organisation':
      return {
        $or: [
          ...own,
          ...people.map((path) => ({ [`${path}.organisationCode`]: scope.organisationCode })),
        ],
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
    /** Applications taken per programme (withdrawn ones left out). */
    async countByProgramme(programmeIds: readonly string[]): Promise<Map<string, number>> {
      const counts = await store.collection
        .aggregate<{ _id: string; count: number }>([
          { $match: { programmeId: { $in: [...programmeIds] }, status: { $ne: 'withdrawn' } } },
          { $group: { _id: '$programmeId', count: { $sum: 1 } } },
        ])
        .toArray();
      return new Map(counts.map((count) => [count._id, count.count]));
    },
    openIn: (programmeId: string) => store.find({ programmeId, status: 'open' }),
    /** Applications whose proposal a crash may have left half-made (see the reconcile sweep). */
    proposed: () => store.find({ status: 'proposed' }),
    list: (query: ApplicationQuery, page: { pageSize: number; cursor: string }) =>
      store.page(
        {
          ...scopeFilterOf(query.scope, ['mentee'], query.ownExpertIds),
          ...(query.statuses.length > 0 && { status: { $in: [...query.statuses] } }),
          ...(query.programmeId !== '' && { programmeId: query.programmeId }),
        },
        'keys.created',
        page,
      ),
  };
}

export type ApplicationsRepository = ReturnType<typeof applicationsRepository>;
