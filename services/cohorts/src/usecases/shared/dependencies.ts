import { DomainError, type createLogger, type OutboxWrite } from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { ChangeContext, CohortsEvent } from '../../domain/index.ts';
import { envelopesOf } from '../../events/envelopes.ts';
import type { ServiceKeys } from '../../keys.ts';
import type { AttendanceImportsRepository } from '../../repositories/attendance-imports.repository.ts';
import type { CertificatesRepository } from '../../repositories/certificates.repository.ts';
import type { CohortsRepository } from '../../repositories/cohorts.repository.ts';
import type { EnrolmentsRepository } from '../../repositories/enrolments.repository.ts';
import type { SessionsRepository } from '../../repositories/sessions.repository.ts';
import type { TracksRepository } from '../../repositories/tracks.repository.ts';
import type { TrainingRecordsRepository } from '../../repositories/training-records.repository.ts';

/** The repositories of the service, one per collection (records and certificates share one). */
export interface Repositories {
  readonly tracks: TracksRepository;
  readonly cohorts: CohortsRepository;
  readonly sessions: SessionsRepository;
  readonly enrolments: EnrolmentsRepository;
  readonly records: TrainingRecordsRepository;
  readonly certificates: CertificatesRepository;
  readonly imports: AttendanceImportsRepository;
}

/** What the use cases need from outside: repositories, keys, the clock, ids, the relay. */
export interface Dependencies extends Repositories {
  readonly keys: ServiceKeys;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Wakes the outbox relay after a write with events, naming the document written. */
  readonly eventsWritten: (written: OutboxWrite) => void;
  /** For follow-up work that must not fail the call (a promotion the sweep will finish). */
  readonly logger: ReturnType<typeof createLogger>;
}

/** Every event of this service is written in an enrolment's document. */
export const EVENTS_COLLECTION = 'enrolments';

export const envelopes = (
  events: readonly CohortsEvent[],
  context: ChangeContext,
): EventEnvelope[] => envelopesOf(events, context.actor, context.now);

/** Tells the relay an enrolment's document holds new events. */
export const eventsWrittenIn = (deps: Dependencies, enrolmentId: string) => {
  deps.eventsWritten({ collection: EVENTS_COLLECTION, id: enrolmentId });
};

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new DomainError('not-found', 'NOT_FOUND', `${what} does not exist`);
  return value;
}

/** Refuses a change made on a stale read, before anything is written. */
export function assertVersion(
  current: { readonly version: number },
  expected: number,
  what: string,
) {
  if (current.version === expected) return;
  throw new DomainError(
    'conflict',
    'VERSION_CONFLICT',
    `${what} was changed by someone else since version ${expected}; read it again`,
  );
}

export const isConflict = (error: unknown) =>
  error instanceof DomainError && error.code === 'VERSION_CONFLICT';
