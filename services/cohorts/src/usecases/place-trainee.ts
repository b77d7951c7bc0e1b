import { DomainError } from '@expertnet/platform';
import type { Operation } from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders, withPositions, type PositionedEnrolment } from './shared/loading.ts';
import { placementWork, type PlacementRequest } from './shared/placement-requests.ts';
import { seating } from './shared/seats.ts';

/** A lost race for the last seat is worked out again on fresh counts this many times. */
const SEAT_ATTEMPTS = 3;

/** The RPC each request of the programme office is; a nomination event is the service's own. */
const OPERATIONS: Readonly<Record<PlacementRequest['kind'], Operation | undefined>> = {
  assign: 'AssignToCohort',
  transfer: 'TransferTrainee',
  drop: 'DropTrainee',
  nomination: undefined,
};

/**
 * Places a trainee: assigns, transfers or drops them (the programme office), or enrols and
 * removes them as nominations are accepted and reversed (the nominations consumer). One recipe
 * for all: work the change out on fresh reads, store it seat first (seats.ts), and when the seat
 * went to someone else meanwhile work it out again (the waitlist, or COHORT_FULL, as the domain
 * says); then promote the waitlists of the seats it freed.
 *
 * Exactly once for redeliveries: a nomination's enrolment id is derived from the nomination's,
 * the domain ignores a version already applied, and every step is safe to repeat, so a delivery
 * after a crash finishes the work. Undefined when there is no enrolment and nothing to do.
 */
export async function placeTrainee(
  deps: Dependencies,
  caller: Caller,
  request: PlacementRequest,
): Promise<PositionedEnrolment | undefined> {
  const operation = OPERATIONS[request.kind];
  if (operation !== undefined) allow(caller, operation);
  const load = loaders(deps);
  const seats = seating(deps, load);
  const workOut = placementWork(deps, load);
  for (let attempt = 1; attempt <= SEAT_ATTEMPTS; attempt += 1) {
    const worked = await workOut(caller, request);
    if (worked.change === undefined) {
      // Nothing changes (a redelivery): the lists are settled to what is stored, in case a
      // crash came between the enrolment's write and theirs.
      if (worked.before === undefined) return undefined;
      await seats.settle(worked.before);
      return (await withPositions(deps, [worked.before]))[0];
    }
    if (await seats.apply(worked, caller)) {
      await seats.promoteFreed(worked.change, caller);
      return (await withPositions(deps, [worked.change.enrolment]))[0];
    }
  }
  throw new DomainError(
    'unavailable',
    'SEAT_CONTENDED',
    'the seats of this cohort are changing fast; try again',
  );
}
