import { type ChangeContext, type createLogger, type OutboxWrite } from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { MentoringEvent } from '../../domain/index.ts';
import type { ApplicationsRepository } from '../../repositories/applications.repository.ts';
import type { AssignmentsRepository } from '../../repositories/assignments.repository.ts';
import type { MatchRunsRepository } from '../../repositories/match-runs.repository.ts';
import type {
  FeedbackRepository,
  MeetingsRepository,
} from '../../repositories/meetings.repository.ts';
import type { PoolRepository } from '../../repositories/pool.repository.ts';
import type { ProgrammesRepository } from '../../repositories/programmes.repository.ts';
import type { MentorPoolCache } from './pool-cache.ts';

/** The repositories of the service, one per collection (the pool's three share one). */
export interface Repositories {
  readonly programmes: ProgrammesRepository;
  readonly pool: PoolRepository;
  readonly applications: ApplicationsRepository;
  readonly assignments: AssignmentsRepository;
  readonly runs: MatchRunsRepository;
  readonly meetings: MeetingsRepository;
  readonly feedback: FeedbackRepository;
}

/** What the use cases need from outside: repositories, the pool in memory, clock, ids, relay. */
export interface Dependencies extends Repositories {
  readonly mentors: MentorPoolCache;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly envelopesOf: (
    events: readonly MentoringEvent[],
    actor: ChangeContext['actor'],
    now: Date,
  ) => EventEnvelope[];
  /** Wakes the outbox relay after a write with events. */
  readonly eventsWritten: (written: OutboxWrite) => void;
  readonly logger: ReturnType<typeof createLogger>;
}

export const envelopes = (
  deps: Dependencies,
  events: readonly MentoringEvent[],
  context: ChangeContext,
) => deps.envelopesOf(events, context.actor, context.now);

/** Tells the relay which document holds new events (nothing when the write had none). */
export function written(
  deps: Dependencies,
  write: OutboxWrite | undefined,
  collection?: string,
  id?: string,
) {
  if (write !== undefined) deps.eventsWritten(write);
  else if (collection !== undefined && id !== undefined) deps.eventsWritten({ collection, id });
}

/** Read-decide-write steps on one contended document are retried on a stale version. */
export { retryOnConflict } from '@expertnet/platform';
