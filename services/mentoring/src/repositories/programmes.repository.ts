import type { Db } from 'mongodb';
import type { Programme } from '../domain/index.ts';
import { recordStore } from '@expertnet/platform';

export const PROGRAMMES_COLLECTION = 'programmes';

export function programmesRepository(db: Db) {
  const store = recordStore<Programme>(db, PROGRAMMES_COLLECTION, [
    {
      name: 'window',
      key: { 'settings.closesOn': -1, _id: -1 },
      serves: 'the list of programmes, latest window first, and the open ones',
    },
  ]);
  return {
    ...store,
    list: (onlyOpenOn: string | undefined, page: { pageSize: number; cursor: string }) =>
      store.page(
        onlyOpenOn === undefined
          ? {}
          : { 'settings.opensOn': { $lte: onlyOpenOn }, 'settings.closesOn': { $gte: onlyOpenOn } },
        'settings.closesOn',
        page,
        true,
      ),
    getMany: (ids: readonly string[]) => store.find({ _id: { $in: [...ids] } }),
  };
}

export type ProgrammesRepository = ReturnType<typeof programmesRepository>;
