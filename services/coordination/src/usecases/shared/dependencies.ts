import {
  type ChangeContext,
  type createLogger,
  type OutboxWrite,
  type Principal,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  authorise,
  type AccessTarget,
  type Candidate,
  type CoordinationEvent,
  type DueAfter,
  type Operation,
  type Party,
  type SupportRequest,
} from '../../domain/index.ts';
import type { DispatchesRepository } from '../../repositories/dispatches.repository.ts';
import type { ExpertsRepository } from '../../repositories/experts.repository.ts';
import type { RequestsRepository } from '../../repositories/requests.repository.ts';
import type { SettingsRepository } from '../../repositories/settings.repository.ts';

/** The directory's ranking for a request, or why it could not be had (late, down). */
export type FindCandidates = (
  request: SupportRequest,
  excludeExpertIds: readonly string[],
) => Promise<readonly Candidate[]>;

/** Raised by FindCandidates when the directory did not answer in time. */
export class DirectoryUnavailable extends Error {
  override readonly name = 'DirectoryUnavailable';
}

export interface Repositories {
  readonly requests: RequestsRepository;
  readonly dispatches: DispatchesRepository;
  readonly experts: ExpertsRepository;
  readonly settings: SettingsRepository;
}

export interface Dependencies extends Repositories {
  readonly findCandidates: FindCandidates;
  /** The end of the Nth Vietnamese working day after an instant (holidays and swaps counted). */
  readonly dueAfter: DueAfter;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly envelopesOf: (
    events: readonly CoordinationEvent[],
    actor: ChangeContext['actor'],
    now: Date,
  ) => EventEnvelope[];
  readonly eventsWritten: (written: OutboxWrite) => void;
  readonly logger: ReturnType<typeof createLogger>;
}

/** Who asks, as the transport decoded it, with the change context for what they change. */
export interface Caller {
  readonly principal: Principal | undefined;
  readonly context: ChangeContext;
}

export const allow = (caller: Caller, operation: Operation, target: AccessTarget = {}): Party =>
  authorise(caller.principal, operation, target);

export const envelopes = (
  deps: Dependencies,
  events: readonly CoordinationEvent[],
  context: ChangeContext,
) => deps.envelopesOf(events, context.actor, context.now);

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
