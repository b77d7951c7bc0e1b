import { resolveOrganisation, type OrganisationScope } from '@expertnet/platform';
import {
  computeQuotaLedger,
  effectiveRoundStatus,
  type Quota,
  type QuotaLedgerEntry,
  type Round,
} from '../../domain/index.ts';
import type { UseCaseDependencies } from './dependencies.ts';

/** The round as callers see it: a published round's status follows the clock. */
export const asSeenAt = (round: Round, now: Date): Round => ({
  ...round,
  status: effectiveRoundStatus(round, now),
});

/** The quota ledger of the organisations in `scope`, from the round's nominations in scope. */
export async function ledgerOf(
  deps: UseCaseDependencies,
  scope: OrganisationScope,
  round: Round,
  quotas: readonly Quota[],
): Promise<QuotaLedgerEntry[]> {
  const nominations = await deps.nominations.ledgerInputs(scope, round.id);
  return computeQuotaLedger(quotas, nominations, resolveOrganisation);
}
