import {
  currentOrganisation,
  DomainError,
  findOrganisation,
  invalidArgument,
  type CallContext,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  actorOf,
  authorise,
  hashNationalId,
  parseNationalId,
  type ChangeContext,
  type Grant,
  type NominationsEvent,
  type Operation,
  type OrganisationResolver,
} from '../domain/index.ts';
import { envelopesOf } from '../events/envelopes.ts';
import type { NominationsStore } from '../persistence/nominations-store.ts';
import type { DuplicateFlagsStore } from '../persistence/duplicate-flags-store.ts';
import type { ImportsStore } from '../persistence/imports-store.ts';
import type { QuotaSlotsStore } from '../persistence/quota-slots-store.ts';
import type { RoundsStore } from '../persistence/rounds-store.ts';

/** What the handlers need from outside: stores, the clock, ids, the hash key, the relay. */
export interface Dependencies {
  readonly rounds: RoundsStore;
  readonly nominations: NominationsStore;
  readonly flags: DuplicateFlagsStore;
  readonly imports: ImportsStore;
  readonly slots: QuotaSlotsStore;
  readonly nationalIdKey: Uint8Array;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Wakes the outbox relay after a write with events, naming the document written. */
  readonly eventsWritten: (written: { collection: string; id: string }) => void;
}

/** Codes resolve through the reference data; unknown codes were refused before (knownOrganisation). */
export const resolveOrganisation: OrganisationResolver = (code) =>
  currentOrganisation(code)?.code ?? code;

export function knownOrganisation(code: string, field = 'organisation.code'): string {
  if (findOrganisation(code) === undefined) {
    throw invalidArgument([{ field, description: `"${code}" is not a known organisation code` }]);
  }
  return code;
}

export function changeContext(call: CallContext, now: Date): ChangeContext {
  return { actor: actorOf(call.principal), now, resolve: resolveOrganisation };
}

export const allow = (call: CallContext, operation: Operation, organisationCode?: string): Grant =>
  authorise(call.principal, operation, { organisationCode, resolve: resolveOrganisation });

export const hashOf = (deps: Dependencies, nationalId: string, field = 'national_id') =>
  hashNationalId(parseNationalId(nationalId, field), deps.nationalIdKey);

export const envelopes = (
  events: readonly NominationsEvent[],
  context: ChangeContext,
): EventEnvelope[] => envelopesOf(events, context.actor, context.now);

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new DomainError('not-found', 'NOT_FOUND', `${what} does not exist`);
  return value;
}
