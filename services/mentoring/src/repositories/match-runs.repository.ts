import type { Db } from 'mongodb';
import type { MatchRun } from '../domain/index.ts';
import { recordStore } from '@expertnet/platform';

export const MATCH_RUNS_COLLECTION = 'match_runs';

export function matchRunsRepository(db: Db) {
  const store = recordStore<MatchRun>(db, MATCH_RUNS_COLLECTION, [
    {
      name: 'status',
      key: { status: 1 },
      serves: 'runs a crash left publishing, which the sweep finishes',
    },
  ]);
  return {
    ...store,
    publishing: () => store.find({ status: 'publishing' }),
  };
}

export type MatchRunsRepository = ReturnType<typeof matchRunsRepository>;
