import { isDeepStrictEqual } from 'node:util';
import type { OrganisationScope } from '@expertnet/platform';
import {
  computeProgress,
  NO_PROGRESS,
  type AttendanceRecord,
  type ChangeContext,
  type CohortsEvent,
  type Progress,
} from '../../domain/index.ts';
import type { StoredAssessment } from '../../repositories/enrolment-document.ts';
import type { TrainingRecords } from '../../repositories/training-records.repository.ts';
import {
  envelopes,
  eventsWrittenIn,
  isConflict,
  required,
  type Dependencies,
} from './dependencies.ts';

/** How often a write to a trainee's records is worked out again after a concurrent change. */
const WRITE_ATTEMPTS = 5;

/** The trainee's progress over their records, against the track of the cohort they are in. */
export async function progressOf(
  deps: Dependencies,
  records: TrainingRecords,
  now: Date,
): Promise<Progress> {
  const { enrolment } = records;
  if (enrolment.cohortId === '') return NO_PROGRESS;
  const cohort = await deps.cohorts.get(enrolment.cohortId);
  const track = cohort && (await deps.tracks.get(cohort.settings.trackId));
  if (track === undefined) return enrolment.progress;
  const cohortIds = [...new Set(enrolment.seats.map((seat) => seat.cohortId))];
  return computeProgress({
    track,
    seats: enrolment.seats,
    sessions: await deps.sessions.ofCohorts(cohortIds),
    attendance: records.attendance,
    assessments: records.assessments,
    now,
  });
}

/** What one trainee's records gain, with its events and what the caller answers with. */
export interface RecordsWork<R> {
  readonly attendance?: readonly AttendanceRecord[];
  readonly assessments?: readonly StoredAssessment[];
  readonly events: readonly CohortsEvent[];
  readonly result: R;
}

const merged = (records: TrainingRecords, work: RecordsWork<unknown>): TrainingRecords => {
  const replaced = new Set((work.attendance ?? []).map((record) => record.sessionId));
  return {
    enrolment: records.enrolment,
    attendance: [
      ...records.attendance.filter((record) => !replaced.has(record.sessionId)),
      ...(work.attendance ?? []),
    ],
    assessments: [...records.assessments, ...(work.assessments ?? [])],
  };
};

/**
 * Adds to one trainee's records, in ONE write with the progress recomputed over all of them and
 * the events. `work` gets the records as stored and says what to add; when the enrolment changed
 * meanwhile (another mark, a transfer) it is called again on the fresh records.
 */
export async function writeRecords<R>(
  deps: Dependencies,
  scope: OrganisationScope,
  enrolmentId: string,
  work: (records: TrainingRecords) => RecordsWork<R>,
  context: ChangeContext,
): Promise<R> {
  for (let attempt = 1; ; attempt += 1) {
    const records = required(
      await deps.records.get(scope, enrolmentId),
      `enrolment ${enrolmentId}`,
    );
    const worked = work(records);
    const progress = await progressOf(deps, merged(records, worked), context.now);
    const adds = (worked.attendance?.length ?? 0) + (worked.assessments?.length ?? 0);
    if (adds === 0 && isDeepStrictEqual(progress, records.enrolment.progress)) return worked.result;
    try {
      await deps.records.save(
        scope,
        records.enrolment,
        { ...worked, progress, now: context.now },
        envelopes(worked.events, context),
      );
    } catch (error) {
      if (isConflict(error) && attempt < WRITE_ATTEMPTS) continue;
      throw error;
    }
    if (worked.events.length > 0) eventsWrittenIn(deps, enrolmentId);
    return worked.result;
  }
}

/** Stores the progress of a trainee as their records give it now (e.g. a session cancelled). */
export const refreshProgress = (
  deps: Dependencies,
  scope: OrganisationScope,
  enrolmentId: string,
  context: ChangeContext,
) => writeRecords(deps, scope, enrolmentId, () => ({ events: [], result: undefined }), context);
