import { resolveOrganisation } from '@expertnet/platform';
import { setQuotas, type Quota, type QuotaLedgerEntry } from '../domain/index.ts';
import { loadRound, type Caller, type UseCaseDependencies } from './shared/dependencies.ts';
import { ledgerOf } from './shared/round-support.ts';

export interface SetQuotasInput {
  readonly roundId: string;
  readonly quotas: readonly Quota[];
  readonly replaceAll: boolean;
}

/** The office sets organisations' floors and ceilings; answers with the ledger after. */
export function setQuotasUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: SetQuotasInput): Promise<QuotaLedgerEntry[]> => {
    const round = await loadRound(deps, input.roundId);
    const now = deps.now();
    const quotas = setQuotas(round, round.quotas, input.quotas, {
      replaceAll: input.replaceAll,
      resolve: resolveOrganisation,
      now,
    });
    const saved = { ...round, version: round.version + 1, updatedAt: now };
    await deps.rounds.save(saved, round.version, { quotas }, []);
    return ledgerOf(deps, caller.scope, round, quotas);
  };
}
