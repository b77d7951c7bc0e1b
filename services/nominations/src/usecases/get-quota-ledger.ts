import { resolveOrganisation, scopeAdmits } from '@expertnet/platform';
import { ledgerTotals, type QuotaLedgerEntry } from '../domain/index.ts';
import { loadRound, type Caller, type UseCaseDependencies } from './shared/dependencies.ts';
import { ledgerOf } from './shared/round-support.ts';

export interface GetQuotaLedgerInput {
  readonly roundId: string;
  /** Empty: every organisation in scope. */
  readonly organisationCodes: readonly string[];
  readonly onlyBelowFloor: boolean;
}

/** Where each organisation in the caller's scope stands in a round, with the totals row. */
export function getQuotaLedgerUseCase(deps: UseCaseDependencies) {
  return async (
    caller: Caller,
    input: GetQuotaLedgerInput,
  ): Promise<{ entries: QuotaLedgerEntry[]; totals: QuotaLedgerEntry }> => {
    const round = await loadRound(deps, input.roundId);
    const ledger = await ledgerOf(deps, caller.scope, round, round.quotas);
    const asked = new Set(input.organisationCodes.map(resolveOrganisation));
    const entries = ledger.filter(
      (entry) =>
        scopeAdmits(caller.scope, entry.organisationCode, resolveOrganisation) &&
        (asked.size === 0 || asked.has(entry.organisationCode)) &&
        (!input.onlyBelowFloor || entry.shortfall > 0),
    );
    return { entries, totals: ledgerTotals(entries) };
  };
}
