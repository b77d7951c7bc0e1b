import { createHash } from 'node:crypto';
import { fieldError } from '@expertnet/platform';
import type { AccessTarget, Dispatch, SupportRequest } from '../../domain/index.ts';
import type { Dependencies } from './dependencies.ts';

export async function loadRequest(
  deps: Dependencies,
  id: string,
  field = 'support_request_id',
): Promise<SupportRequest> {
  const found = await deps.requests.get(id);
  if (found === undefined)
    throw fieldError('not-found', 'NOT_FOUND', field, `support request ${id} does not exist`);
  return found;
}

export async function loadDispatch(deps: Dependencies, id: string): Promise<Dispatch> {
  const found = await deps.dispatches.get(id);
  if (found === undefined)
    throw fieldError('not-found', 'NOT_FOUND', 'dispatch_id', `offer ${id} does not exist`);
  return found;
}

/** The people a dispatch touches: the requester's organisation, the expert and their organisation. */
export async function dispatchTarget(
  deps: Dependencies,
  dispatch: Dispatch,
): Promise<AccessTarget> {
  const expert = await deps.experts.get(dispatch.expertId);
  return {
    requestingOrganisationCode: dispatch.requestingOrganisationCode,
    expertSubjects: expert === undefined || expert.userSubject === '' ? [] : [expert.userSubject],
    expertOrganisationCode: dispatch.expertOrganisationCode,
  };
}

/** A request's target, with the experts it was offered to (they may read it). */
export async function requestTarget(
  deps: Dependencies,
  request: SupportRequest,
): Promise<AccessTarget> {
  const dispatches = await deps.dispatches.ofRequest(request.id);
  const experts = await deps.experts.getMany(dispatches.map((dispatch) => dispatch.expertId));
  return {
    requestingOrganisationCode: request.requestingOrganisationCode,
    expertSubjects: experts.map((expert) => expert.userSubject).filter((subject) => subject !== ''),
  };
}

/**
 * The id of the offer of a request to an expert: the same pair always gets the same id, so an
 * offer made twice (a retry, a sweep finishing a crashed fan-out) is one offer.
 */
export function offerIdOf(requestId: string, expertId: string): string {
  const hex = createHash('sha256').update(`offer:${requestId}:${expertId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
