import { sortByVietnamese } from '../../i18n/format.ts';
import type { LedgerEntry } from '../nominations/model.ts';

export interface ProvinceBar {
  readonly code: string;
  readonly label: string;
  readonly value: number;
  readonly marker: number;
}

/** Provinces are the organisations whose code is P and digits (P01 Hà Nội, P79 TP.HCM). */
export function isProvince(code: string | undefined): boolean {
  return code !== undefined && /^P\d+$/.test(code);
}

/**
 * The chart's bars: each province's fill (submitted) against its floor, labelled with its name
 * and sorted in Vietnamese collation.
 */
export function provinceBars(
  entries: readonly LedgerEntry[],
  nameOf: (code: string) => string,
): ProvinceBar[] {
  const bars = entries
    .filter((entry) => isProvince(entry.organisation?.code))
    .map((entry) => {
      const code = entry.organisation?.code ?? '';
      return { code, label: nameOf(code), value: entry.submitted ?? 0, marker: entry.floor ?? 0 };
    });
  return sortByVietnamese(bars, (bar) => bar.label);
}

/** Ledger rows in Vietnamese collation of the organisations' names. */
export function sortLedger(
  entries: readonly LedgerEntry[],
  nameOf: (code: string) => string,
): LedgerEntry[] {
  return sortByVietnamese(entries, (entry) => nameOf(entry.organisation?.code ?? ''));
}

export interface LedgerTotals {
  readonly floor: number;
  readonly ceiling: number;
  readonly submitted: number;
  readonly accepted: number;
  readonly shortfall: number;
}

/** The sums over every organisation shown above the ledger. */
export function ledgerTotals(entries: readonly LedgerEntry[]): LedgerTotals {
  const totals = { floor: 0, ceiling: 0, submitted: 0, accepted: 0, shortfall: 0 };
  for (const entry of entries) {
    totals.floor += entry.floor ?? 0;
    totals.ceiling += entry.ceiling ?? 0;
    totals.submitted += entry.submitted ?? 0;
    totals.accepted += entry.accepted ?? 0;
    totals.shortfall += entry.shortfall ?? 0;
  }
  return totals;
}
