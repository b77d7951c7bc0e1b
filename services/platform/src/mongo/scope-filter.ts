import type { OrganisationScope } from '../auth/organisation-scope.ts';
import { predecessorsOf } from '../organisations/index.ts';

/**
 * The filter that keeps a query inside `scope`: nothing for all organisations, else the scope's
 * organisation and its merged predecessors in any of `fields` (a record may hold the code it was
 * made under and the code it counts under today).
 */
export function scopeFilter(
  scope: OrganisationScope,
  fields: readonly [string, ...string[]],
): Record<string, unknown> {
  if (scope.reach === 'all-organisations') return {};
  const codes = [scope.organisationCode, ...allPredecessorCodes(scope.organisationCode)];
  const clauses = fields.map((field) => ({ [field]: { $in: codes } }));
  return clauses.length === 1 ? (clauses[0] ?? {}) : { $or: clauses };
}

/** Predecessors of predecessors too: a merged organisation may itself have absorbed others. */
function allPredecessorCodes(code: string): string[] {
  return predecessorsOf(code).flatMap((predecessor) => [
    predecessor.code,
    ...allPredecessorCodes(predecessor.code),
  ]);
}
