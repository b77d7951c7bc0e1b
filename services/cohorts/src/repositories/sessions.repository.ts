import {
  ensureIndexes,
  findPage,
  updateVersioned,
  type IndexDeclaration,
  type PageQuery,
} from '@expertnet/platform';
import type { Db } from 'mongodb';
import type { Session } from '../domain/index.ts';

/** A session of a cohort. Attendance lives on the enrolments, beside their progress. */
interface SessionDocument extends Omit<Session, 'id'> {
  _id: string;
  /** startsAt in ms, the list's sort key (cursors hold numbers, not Dates). */
  startsAtMs: number;
}

export const SESSION_INDEXES: readonly IndexDeclaration[] = [
  {
    name: 'cohort_start',
    key: { cohortId: 1, startsAtMs: 1, _id: 1 },
    serves: "a cohort's sessions in time order; the sessions a trainee's progress counts",
  },
];

const toSession = ({ _id, startsAtMs: _s, ...rest }: SessionDocument): Session => ({
  id: _id,
  ...rest,
});

export function sessionsRepository(db: Db) {
  const sessions = db.collection<SessionDocument>('sessions');
  return {
    ensureIndexes: () => ensureIndexes(sessions, SESSION_INDEXES),

    async insert(session: Session): Promise<void> {
      const { id, ...rest } = session;
      await sessions.insertOne({
        _id: id,
        ...rest,
        startsAtMs: session.settings.startsAt.getTime(),
      });
    },

    async get(id: string): Promise<Session | undefined> {
      const found = await sessions.findOne({ _id: id });
      return found === null ? undefined : toSession(found);
    },

    /** Saves a rescheduled or cancelled session if nobody changed it since `expectedVersion`. */
    async save(session: Session, expectedVersion: number): Promise<void> {
      const { settings, cancelled } = session;
      await updateVersioned(
        sessions,
        { _id: session.id },
        expectedVersion,
        { $set: { settings, cancelled, startsAtMs: settings.startsAt.getTime() } },
        `session ${session.id}`,
      );
    },

    async list(cohortId: string, page: PageQuery) {
      const found = await findPage(sessions, { cohortId }, 'startsAtMs', page);
      return { items: found.items.map(toSession), nextCursor: found.nextCursor };
    },

    /** Every session of these cohorts: what a trainee's progress is counted over. */
    async ofCohorts(cohortIds: readonly string[]): Promise<Session[]> {
      if (cohortIds.length === 0) return [];
      const found = await sessions.find({ cohortId: { $in: [...cohortIds] } }).toArray();
      return found.map(toSession);
    },
  };
}

export type SessionsRepository = ReturnType<typeof sessionsRepository>;
