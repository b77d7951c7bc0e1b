import {
  currentOrganisation,
  DomainError,
  type CallContext,
  type createLogger,
} from '@expertnet/platform';
import type { PageRequest } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  accessTargetOf,
  actorOf,
  authorise,
  listScope,
  type ChangeContext,
  type Cohort,
  type CohortsEvent,
  type Operation,
  type OrganisationResolver,
  type Party,
  type Trainee,
} from '../domain/index.ts';
import { envelopesOf } from '../events/envelopes.ts';
import type { ServiceKeys } from '../keys.ts';
import type { AttendanceImportsStore } from '../persistence/attendance-imports-store.ts';
import type { CertificatesStore } from '../persistence/certificates-store.ts';
import type { CohortsStore } from '../persistence/cohorts-store.ts';
import type { EnrolmentsStore } from '../persistence/enrolments-store.ts';
import type { SessionsStore } from '../persistence/sessions-store.ts';
import type { TracksStore } from '../persistence/tracks-store.ts';
import type { TrainingRecordsStore } from '../persistence/training-records-store.ts';

/** What the handlers need from outside: stores, keys, the clock, ids, the relay. */
export interface Dependencies {
  readonly tracks: TracksStore;
  readonly cohorts: CohortsStore;
  readonly sessions: SessionsStore;
  readonly enrolments: EnrolmentsStore;
  readonly records: TrainingRecordsStore;
  readonly certificates: CertificatesStore;
  readonly imports: AttendanceImportsStore;
  readonly keys: ServiceKeys;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Wakes the outbox relay after a write with events, naming the document written. */
  readonly eventsWritten: (written: { collection: string; id: string }) => void;
  /** For follow-up work that must not fail the call (a promotion the sweep will finish). */
  readonly logger: ReturnType<typeof createLogger>;
}

/** Every event of this service is written in an enrolment's document. */
export const EVENTS_COLLECTION = 'enrolments';

export const resolveOrganisation: OrganisationResolver = (code) =>
  currentOrganisation(code)?.code ?? code;

export function changeContext(call: CallContext, now: Date): ChangeContext {
  return { actor: actorOf(call.principal), now, resolve: resolveOrganisation };
}

/** Authorises `operation` on what it touches (see the domain's ACCESS table), or throws. */
export const allow = (
  call: CallContext,
  operation: Operation,
  parts: { readonly cohort?: Cohort | undefined; readonly trainee?: Trainee | undefined } = {},
): Party => authorise(call.principal, operation, accessTargetOf(parts, resolveOrganisation));

/** How a list must be narrowed for the caller. */
export const scopeOf = (call: CallContext, operation: Operation, cohort?: Cohort) =>
  listScope(call.principal, operation, {
    cohort: accessTargetOf({ cohort }, resolveOrganisation).cohort,
    resolve: resolveOrganisation,
  });

export const envelopes = (
  events: readonly CohortsEvent[],
  context: ChangeContext,
): EventEnvelope[] => envelopesOf(events, context.actor, context.now);

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new DomainError('not-found', 'NOT_FOUND', `${what} does not exist`);
  return value;
}

export const pageOf = (page: PageRequest | undefined) => ({
  pageSize: page?.pageSize ?? 0,
  cursor: page?.cursor ?? '',
});

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
