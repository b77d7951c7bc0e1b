import type { Db } from 'mongodb';
import type { Assignment, AssignmentStatus, ListScope } from '../domain/index.ts';
import { scopeFilterOf } from './applications.repository.ts';
import { recordStore } from '@expertnet/platform';

export const ASSIGNMENTS_COLLECTION = 'assignments';

export interface AssignmentQuery {
  readonly scope: ListScope;
  readonly ownExpertIds: readonly string[];
  readonly statuses: readonly AssignmentStatus[];
  readonly programmeId: string;
  readonly mentorExpertId: string;
}

export function assignmentsRepository(db: Db) {
  const store = recordStore<Assignment>(
    db,
    ASSIGNMENTS_COLLECTION,
    [
      {
        name: 'latest',
        key: { 'keys.updated': -1, _id: -1 },
        serves: 'the list of pairs, latest change first',
      },
      {
        name: 'mentee',
        key: { 'mentee.userSubject': 1 },
        serves: "a mentee's past mentors (the repeat-pair guardrail) and their own pairs",
      },
      {
        name: 'mentor',
        key: { 'mentor.expertId': 1, status: 1 },
        serves: "a mentor's pairs",
      },
      {
        name: 'due',
        key: { status: 1, respondBy: 1 },
        serves: 'proposals past their answer time (the expiry sweep)',
      },
    ],
    (assignment) => ({ updated: assignment.updatedAt.toISOString() }),
  );
  return {
    ...store,
    /** Every mentor the person had, in any programme, whatever came of it after acceptance. */
    pastMentorsOf: async (menteeSubject: string): Promise<string[]> =>
      (
        await store.find({
          'mentee.userSubject': menteeSubject,
          status: { $in: ['active', 'completed', 'ended-early'] },
        })
      ).map((assignment) => assignment.mentor.expertId),
    /** Pairs per programme and status. */
    async countByProgramme(
      programmeIds: readonly string[],
    ): Promise<Map<string, Map<string, number>>> {
      const counts = await store.collection
        .aggregate<{ _id: { programmeId: string; status: string }; count: number }>([
          { $match: { programmeId: { $in: [...programmeIds] } } },
          {
            $group: { _id: { programmeId: '$programmeId', status: '$status' }, count: { $sum: 1 } },
          },
        ])
        .toArray();
      const byProgramme = new Map<string, Map<string, number>>();
      for (const { _id, count } of counts) {
        const statuses = byProgramme.get(_id.programmeId) ?? new Map<string, number>();
        statuses.set(_id.status, count);
        byProgramme.set(_id.programmeId, statuses);
      }
      return byProgramme;
    },
    overdue: (now: Date) => store.find({ status: 'proposed', respondBy: { $lte: now } }),
    list: (query: AssignmentQuery, page: { pageSize: number; cursor: string }) =>
      store.page(
        {
          ...scopeFilterOf(query.scope, ['mentor', 'mentee'], query.ownExpertIds),
          ...(query.statuses.length > 0 && { status: { $in: [...query.statuses] } }),
          ...(query.programmeId !== '' && { programmeId: query.programmeId }),
          ...(query.mentorExpertId !== '' && { 'mentor.expertId': query.mentorExpertId }),
        },
        'keys.updated',
        page,
        true,
      ),
  };
}

export type AssignmentsRepository = ReturnType<typeof assignmentsRepository>;
