import { fromBinary } from '@bufbuild/protobuf';
import { DomainError, enumCodec } from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { NominationStatus } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  NOMINATIONS_EVENTS,
  NOMINATIONS_SUBJECTS,
  type NominationAccepted,
  type NominationFacts,
  type NominationRejected,
  type NominationWaitlisted,
  type NominationWithdrawn,
} from '@expertnet/proto/events';
import {
  nominationEventKindOf,
  type NominationDecision,
  type NominationInput,
} from '../domain/index.ts';
import type { Caller } from '../usecases/shared/caller.ts';
import type { PlacementRequest } from '../usecases/shared/placement-requests.ts';

/** The nominations subjects cohorts consumes: the decisions on a nomination. */
export const NOMINATION_DECISION_SUBJECTS = [
  NOMINATIONS_SUBJECTS.nominationAccepted,
  NOMINATIONS_SUBJECTS.nominationRejected,
  NOMINATIONS_SUBJECTS.nominationWaitlisted,
  NOMINATIONS_SUBJECTS.nominationWithdrawn,
] as const;

type DecisionMessage =
  NominationAccepted | NominationRejected | NominationWaitlisted | NominationWithdrawn;

/** The contract's message of a decision subject; undefined for the subjects cohorts ignores. */
function decode(envelope: EventEnvelope): DecisionMessage | undefined {
  const { subject, data } = envelope;
  switch (subject) {
    case NOMINATIONS_SUBJECTS.nominationAccepted:
    case NOMINATIONS_SUBJECTS.nominationRejected:
    case NOMINATIONS_SUBJECTS.nominationWaitlisted:
    case NOMINATIONS_SUBJECTS.nominationWithdrawn:
      return fromBinary(NOMINATIONS_EVENTS[subject], data);
    default:
      return undefined;
  }
}

/**
 * NominationStatus as the domain names it (kebab case); only 'accepted' changes anything. Another
 * service's event: a number this table does not name (a newer contract) is looked up as '', not
 * refused, so the event is still applied rather than dead-lettered.
 */
const nominationStatuses = enumCodec({
  draft: NominationStatus.DRAFT,
  submitted: NominationStatus.SUBMITTED,
  returned: NominationStatus.RETURNED,
  resubmitted: NominationStatus.RESUBMITTED,
  'under-review': NominationStatus.UNDER_REVIEW,
  accepted: NominationStatus.ACCEPTED,
  rejected: NominationStatus.REJECTED,
  waitlisted: NominationStatus.WAITLISTED,
  withdrawn: NominationStatus.WITHDRAWN,
});

/**
 * The contract's NominationFacts as the domain's input. An event without its nomination cannot
 * be placed: refused, so it ends on the dead-letter subject rather than as an enrolment of nobody.
 */
export function nominationInputOf(facts: NominationFacts | undefined): NominationInput {
  if (facts === undefined || facts.nominationId === '') {
    throw new DomainError(
      'invalid-argument',
      'NOMINATION_MISSING',
      'the event names no nomination',
    );
  }
  const { nominee } = facts;
  return {
    nominationId: facts.nominationId,
    roundId: facts.roundId,
    organisationCode: facts.organisation?.code ?? '',
    effectiveOrganisationCode: facts.effectiveOrganisation?.code ?? '',
    nominee: {
      fullName: nominee?.fullName ?? '',
      email: nominee?.email ?? '',
      position: nominee?.position ?? '',
      unit: nominee?.unit ?? '',
      specialties: [...(nominee?.specialties ?? [])],
      languages: [...(nominee?.languages ?? [])],
    },
    version: facts.version,
  };
}

/** What a nominations event asks of cohorts, or undefined for events cohorts does not act on. */
export function decisionOf(envelope: EventEnvelope): NominationDecision | undefined {
  const kind = nominationEventKindOf(envelope.subject);
  const message = decode(envelope);
  if (kind === undefined || message === undefined) return undefined;
  return {
    kind,
    nomination: nominationInputOf(message.nomination),
    previousStatus: nominationStatuses.lookup(message.previousStatus) ?? '',
    reason: message.reason,
  };
}

/** What the consumer needs of the service: the placement use case, acting as the service. */
export interface NominationsConsumerApp {
  readonly serviceCaller: () => Caller;
  readonly placeTrainee: (caller: Caller, request: PlacementRequest) => Promise<unknown>;
}

/**
 * Enrols accepted candidates and removes reversed ones through the same placement use case the
 * programme office's RPCs use, exactly once per nomination (see usecases/place-trainee.ts).
 */
export function nominationsConsumer(app: NominationsConsumerApp) {
  return async (envelope: EventEnvelope): Promise<void> => {
    const decision = decisionOf(envelope);
    if (decision === undefined) return;
    await app.placeTrainee(app.serviceCaller(), { kind: 'nomination', decision });
  };
}
