import {
  DomainError,
  actorOf,
  resolveOrganisation,
  type ChangeContext,
  type OrganisationScope,
  type OutboxWrite,
  type Principal,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  hashNationalId,
  outOfScope,
  parseNationalId,
  type Nomination,
  type NominationsEvent,
  type Operation,
} from '../../domain/index.ts';
import { envelopesOf } from '../../events/envelopes.ts';
import type { DocumentContentsRepository } from '../../repositories/document-contents.repository.ts';
import type { DuplicateFlagsRepository } from '../../repositories/duplicate-flags.repository.ts';
import type { ImportsRepository } from '../../repositories/imports.repository.ts';
import {
  OUT_OF_SCOPE,
  type NominationsRepository,
} from '../../repositories/nominations.repository.ts';
import type { QuotaSlotsRepository } from '../../repositories/quota-slots.repository.ts';
import type { RoundsRepository } from '../../repositories/rounds.repository.ts';

/** What the use cases need from outside: repositories, the clock, ids, the hash key, the relay. */
export interface UseCaseDependencies {
  readonly rounds: RoundsRepository;
  readonly nominations: NominationsRepository;
  readonly flags: DuplicateFlagsRepository;
  readonly imports: ImportsRepository;
  readonly slots: QuotaSlotsRepository;
  readonly contents: DocumentContentsRepository;
  readonly nationalIdKey: Uint8Array;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Wakes the outbox relay after a write with events, naming the document written. */
  readonly eventsWritten: (written: OutboxWrite) => void;
}

/** Who calls a use case: the signed-in principal and the scope its access check granted. */
export interface Caller {
  readonly principal: Principal;
  readonly scope: OrganisationScope;
}

export const changeContextOf = (deps: UseCaseDependencies, caller: Caller): ChangeContext => ({
  actor: actorOf(caller.principal),
  now: deps.now(),
  resolve: resolveOrganisation,
});

export const envelopes = (
  events: readonly NominationsEvent[],
  context: ChangeContext,
): EventEnvelope[] => envelopesOf(events, context.actor, context.now);

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new DomainError('not-found', 'NOT_FOUND', `${what} does not exist`);
  }
  return value;
}

export const hashOf = (deps: UseCaseDependencies, nationalId: string, field = 'national_id') =>
  hashNationalId(parseNationalId(nationalId, field), deps.nationalIdKey);

export async function loadRound(deps: UseCaseDependencies, id: string) {
  return required(await deps.rounds.get(id), `round ${id}`);
}

/**
 * The nomination `operation` acts on, in the caller's scope: NOT_FOUND when there is none,
 * ORG_SCOPE_VIOLATION when it is another organisation's.
 */
export async function loadNomination(
  deps: UseCaseDependencies,
  caller: Caller,
  operation: Operation,
  id: string,
): Promise<Nomination> {
  const found = await deps.nominations.get(caller.scope, id);
  if (found === OUT_OF_SCOPE) throw outOfScope(caller.scope, operation);
  return required(found, `nomination ${id}`);
}
