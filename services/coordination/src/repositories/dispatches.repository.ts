import { recordStore } from '@expertnet/platform';
import type { Db, Document } from 'mongodb';
import type { Dispatch, DispatchStatus } from '../domain/index.ts';

export const DISPATCHES_COLLECTION = 'dispatches';

export interface DispatchQuery {
  readonly expertIds: readonly string[] | undefined;
  readonly statuses: readonly DispatchStatus[];
  readonly requestId: string;
  readonly expertOrganisationCode: string;
  readonly requestingOrganisationCode: string;
}

export function dispatchesRepository(db: Db) {
  const store = recordStore<Dispatch>(
    db,
    DISPATCHES_COLLECTION,
    [
      { name: 'request', key: { requestId: 1 }, serves: "a request's offers and engagements" },
      { name: 'expert', key: { expertId: 1, status: 1 }, serves: "an expert's offers" },
      { name: 'due', key: { status: 1, respondBy: 1 }, serves: 'offers past their answer time' },
      {
        name: 'release',
        key: { expertOrganisationCode: 1, status: 1 },
        serves: "an organisation's releases to decide",
      },
      {
        name: 'invited',
        key: { 'keys.invited': -1, _id: -1 },
        serves: 'the list of offers, newest first',
      },
    ],
    (dispatch) => ({ invited: dispatch.invitedAt.toISOString() }),
  );
  return {
    ...store,
    ofRequest: (requestId: string) => store.find({ requestId }),
    overdue: (now: Date) => store.find({ status: 'invited', respondBy: { $lte: now } }),
    list: (query: DispatchQuery, page: { pageSize: number; cursor: string }) => {
      const filter: Document = {
        ...(query.expertIds !== undefined && { expertId: { $in: [...query.expertIds] } }),
        ...(query.statuses.length > 0 && { status: { $in: [...query.statuses] } }),
        ...(query.requestId !== '' && { requestId: query.requestId }),
        ...(query.expertOrganisationCode !== '' && {
          expertOrganisationCode: query.expertOrganisationCode,
        }),
        ...(query.requestingOrganisationCode !== '' && {
          requestingOrganisationCode: query.requestingOrganisationCode,
        }),
      };
      return store.page(filter, 'keys.invited', page, true);
    },
  };
}

export type DispatchesRepository = ReturnType<typeof dispatchesRepository>;
