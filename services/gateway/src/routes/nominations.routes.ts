import { serviceRoutes, type RpcRoute, type ServiceRoute } from './rpc-route.ts';

const tag = 'nominations';

/** A state change of one nomination: POST /nominations/{id}/{action} with its request body. */
function action(
  path: string,
  rpc: ServiceRoute<'nominations'>['rpc'],
  summary: string,
): ServiceRoute<'nominations'> {
  return { method: 'POST', url: `/nominations/:nominationId/${path}`, rpc, tag, summary };
}

export const NOMINATION_ROUTES: readonly RpcRoute[] = serviceRoutes('nominations', [
  {
    method: 'GET',
    url: '/nominations',
    rpc: 'listNominations',
    tag,
    summary: 'Nominations the caller may see, filtered by round, organisation, status or name',
  },
  {
    method: 'POST',
    url: '/nominations',
    rpc: 'createNomination',
    status: 201,
    tag,
    summary: 'Create a draft (requestId makes a retry return the first draft)',
  },
  {
    method: 'GET',
    url: '/nominations/:nominationId',
    rpc: 'getNomination',
    tag,
    summary: 'One nomination',
  },
  {
    method: 'PUT',
    url: '/nominations/:nominationId',
    rpc: 'updateNomination',
    tag,
    summary: 'Edit a draft or returned nomination (expectedVersion in the body)',
  },
  action('submit', 'submitNomination', 'Submit a draft, or resubmit a returned nomination'),
  action('return', 'returnNomination', 'Send back to the nominator with what to change'),
  action('score', 'scoreNomination', "Score on the round's rubric (reviewer)"),
  action('decide', 'decideNomination', 'Accept, reject or waitlist, with a reason'),
  action('withdraw', 'withdrawNomination', 'Withdraw, with a reason'),
  action(
    'replace-nominee',
    'replaceNominee',
    'Withdraw and submit another person in the same quota slot',
  ),
  action('documents', 'addDocument', 'Attach a stored document (metadata)'),
  {
    method: 'DELETE',
    url: '/nominations/:nominationId/documents/:documentId',
    rpc: 'removeDocument',
    tag,
    summary: 'Detach a document (expectedVersion in the query: DELETE has no body)',
  },
  {
    method: 'GET',
    url: '/nominations/:nominationId/revisions',
    rpc: 'listNominationRevisions',
    tag,
    summary: 'Every change of a nomination, oldest first: who, when, before and after',
  },
]);

export const DUPLICATE_FLAG_ROUTES: readonly RpcRoute[] = serviceRoutes('nominations', [
  {
    method: 'GET',
    url: '/duplicate-flags',
    rpc: 'listDuplicateFlags',
    tag: 'duplicates',
    summary: 'The same person nominated more than once (programme office)',
  },
  {
    method: 'POST',
    url: '/duplicate-flags/:flagId/resolve',
    rpc: 'resolveDuplicateFlag',
    tag: 'duplicates',
    summary: 'Confirm or dismiss a duplicate flag, with a note',
  },
]);
