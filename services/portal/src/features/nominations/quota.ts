import type { LedgerEntry } from './model.ts';

export interface QuotaProgress {
  /** Submitted and not withdrawn: what counts against the quota. */
  readonly filled: number;
  readonly floor: number;
  readonly ceiling: number;
  readonly drafts: number;
  /** How many more are needed to reach the floor. */
  readonly shortfall: number;
  /** Slots left under the ceiling. */
  readonly remaining: number;
  /** Fill as a share of the ceiling, 0–100, for the progress bar. */
  readonly percentOfCeiling: number;
  /** Where the floor sits on that bar, 0–100. */
  readonly floorPercent: number;
  readonly state: 'below-floor' | 'within' | 'full';
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** A ledger entry as the quota display shows it. */
export function quotaProgress(entry: LedgerEntry): QuotaProgress {
  const filled = entry.submitted ?? 0;
  const floor = entry.floor ?? 0;
  const ceiling = entry.ceiling ?? 0;
  const scale = Math.max(ceiling, floor, filled, 1);
  return {
    filled,
    floor,
    ceiling,
    drafts: entry.drafts ?? 0,
    shortfall: entry.shortfall ?? Math.max(0, floor - filled),
    remaining: entry.remaining ?? Math.max(0, ceiling - filled),
    percentOfCeiling: clamp(Math.round((filled / scale) * 100)),
    floorPercent: clamp(Math.round((floor / scale) * 100)),
    state: filled < floor ? 'below-floor' : ceiling > 0 && filled >= ceiling ? 'full' : 'within',
  };
}
