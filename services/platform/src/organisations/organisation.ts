/**
 * Organisations are reference data with history: a nomination filed by a province or ministry
 * that has since been merged away must still resolve, so dissolved units stay in the data with
 * a link to the unit that took them over.
 */
export type OrganisationKind = 'ministry' | 'ministerial-agency' | 'government-agency' | 'province';

export interface LocalisedName {
  readonly vi: string;
  readonly en: string;
}

/** A name the unit carried up to and including `validTo` (an ISO date). */
export interface FormerName {
  readonly name: LocalisedName;
  readonly validTo: string;
}

/** One entry of the hand-written data files; predecessors are derived, never typed twice. */
export interface OrganisationRecord {
  readonly code: string;
  readonly kind: OrganisationKind;
  readonly name: LocalisedName;
  /** Oldest first. Only renames from the 2025 reforms on are recorded. */
  readonly formerNames?: readonly FormerName[];
  readonly validFrom: string;
  /** Last day in force; absent while in force. */
  readonly validTo?: string;
  readonly successorCode?: string;
}

export interface Organisation {
  readonly code: string;
  readonly kind: OrganisationKind;
  readonly name: LocalisedName;
  readonly formerNames: readonly FormerName[];
  readonly validFrom: string;
  readonly validTo: string | undefined;
  readonly successorCode: string | undefined;
  /** Units whose successor is this one, by code. */
  readonly predecessorCodes: readonly string[];
}

/**
 * The data does not go further back than the 63-unit provincial map, which began when Hà Tây
 * was merged into Hà Nội (Resolution 15/2008/QH12). Every unit that already existed then carries
 * this date rather than its real founding date, which nothing in ExpertNet needs.
 */
export const HISTORY_START = '2008-08-01';
