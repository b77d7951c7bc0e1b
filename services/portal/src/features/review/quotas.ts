import type { LedgerEntry } from '../nominations/model.ts';

/** One organisation's quota as typed in the quota editor. */
export interface QuotaDraft {
  readonly code: string;
  readonly floor: string;
  readonly ceiling: string;
}

export function quotaDraftsFromLedger(entries: readonly LedgerEntry[]): QuotaDraft[] {
  return entries.map((entry) => ({
    code: entry.organisation?.code ?? '',
    floor: String(entry.floor ?? 0),
    ceiling: String(entry.ceiling ?? 0),
  }));
}

/** A whole number as typed; anything else is sent as -1 for the API to refuse beside the field. */
function whole(value: string): number {
  const trimmed = value.trim();
  if (trimmed === '') return 0;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : -1;
}

export interface QuotaValues {
  readonly code: string;
  readonly floor: number;
  readonly ceiling: number;
}

export function quotaValues(drafts: readonly QuotaDraft[]): QuotaValues[] {
  return drafts.map((draft) => ({
    code: draft.code,
    floor: whole(draft.floor),
    ceiling: whole(draft.ceiling),
  }));
}

/** The sums the editor shows under the table. */
export function quotaTotals(drafts: readonly QuotaDraft[]): { floor: number; ceiling: number } {
  return quotaValues(drafts).reduce(
    (totals, quota) => ({
      floor: totals.floor + Math.max(0, quota.floor),
      ceiling: totals.ceiling + Math.max(0, quota.ceiling),
    }),
    { floor: 0, ceiling: 0 },
  );
}
