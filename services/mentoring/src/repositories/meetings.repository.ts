import type { Db } from 'mongodb';
import type { Feedback, Meeting } from '../domain/index.ts';
import { recordStore } from '@expertnet/platform';

export const MEETINGS_COLLECTION = 'meetings';
export const FEEDBACK_COLLECTION = 'feedback';

export function meetingsRepository(db: Db) {
  const store = recordStore<Meeting>(
    db,
    MEETINGS_COLLECTION,
    [
      {
        name: 'assignment',
        key: { assignmentId: 1, 'keys.starts': 1, _id: 1 },
        serves: "a pair's meetings in time order",
      },
    ],
    (meeting) => ({ starts: meeting.settings.startsAt.toISOString() }),
  );
  return {
    ...store,
    /** How many meetings each pair has held: counted, never stored, so no write can miss one. */
    async heldCounts(assignmentIds: readonly string[]): Promise<Map<string, number>> {
      const counts = await store.collection
        .aggregate<{ _id: string; held: number }>([
          { $match: { assignmentId: { $in: [...assignmentIds] }, status: 'held' } },
          { $group: { _id: '$assignmentId', held: { $sum: 1 } } },
        ])
        .toArray();
      return new Map(counts.map((count) => [count._id, count.held]));
    },
    list: (
      assignmentIds: readonly string[],
      startsFrom: Date | undefined,
      page: { pageSize: number; cursor: string },
    ) =>
      store.page(
        {
          assignmentId: { $in: [...assignmentIds] },
          ...(startsFrom !== undefined && { 'keys.starts': { $gte: startsFrom.toISOString() } }),
        },
        'keys.starts',
        page,
      ),
  };
}

/** Feedback is written once per author per meeting (or per pair): its id says so. */
export const feedbackIdOf = (assignmentId: string, meetingId: string, role: string) =>
  `${assignmentId}:${meetingId === '' ? 'pair' : meetingId}:${role}`;

type FeedbackRecord = Feedback & { readonly version: number };

export function feedbackRepository(db: Db) {
  const store = recordStore<FeedbackRecord>(db, FEEDBACK_COLLECTION, [
    { name: 'assignment', key: { assignmentId: 1, _id: 1 }, serves: "a pair's feedback" },
  ]);
  return {
    ...store,
    list: (assignmentId: string, page: { pageSize: number; cursor: string }) =>
      store.page({ assignmentId }, '_id', page),
  };
}

export type MeetingsRepository = ReturnType<typeof meetingsRepository>;
export type FeedbackRepository = ReturnType<typeof feedbackRepository>;
