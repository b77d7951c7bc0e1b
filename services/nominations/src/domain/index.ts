/**
 * The nominations domain: plain functions and types, free of gRPC, protobuf and MongoDB. The
 * service maps proto <-> these types, loads what a function needs, and stores what it returns
 * (with the returned events in the same write).
 */
export * from './types.ts';
export { ageOn, closingDayOf } from './calendar.ts';
export { validateRoundSettings } from './round-settings.ts';
export {
  assertRoundAcceptsDrafts,
  assertRoundAcceptsSubmissions,
  closeRound,
  closeRoundAtDeadline,
  createRound,
  effectiveRoundStatus,
  openRound,
  updateRound,
  type RoundChange,
} from './rounds.ts';
export { dueReminder, nextReminderAt, reminderAt, type ReminderPlan } from './reminders.ts';
export { ageReferenceDate, evaluateEligibility } from './eligibility.ts';
export {
  allowedOperations,
  canApply,
  nextStatus,
  NOMINATION_OPERATIONS,
  type NominationOperation,
} from './lifecycle.ts';
export { changedFields, type NominationAction, type NominationRevision } from './revisions.ts';
export type { NominationChange } from './nomination-change.ts';
export {
  addDocument,
  createNomination,
  MAX_DOCUMENTS,
  removeDocument,
  submitNomination,
  updateNomination,
  type NewDocument,
  type NewNomination,
  type NominationEdit,
} from './nominations.ts';
export {
  decideNomination,
  returnNomination,
  scoreNomination,
  withdrawNomination,
  type Scoring,
} from './review-workflow.ts';
export { replaceNominee, type Replacement, type ReplacementChange } from './replacement.ts';
export {
  averageScore,
  buildReview,
  rawTotal,
  upsertReview,
  validateScores,
  weightedTotal,
  type ScoringInput,
} from './review.ts';
export {
  computeQuotaLedger,
  countsAsSubmitted,
  holdsQuotaSlot,
  ledgerEntryFor,
  ledgerTotals,
  quotaShortfallEvents,
  setQuotas,
  validateQuotas,
  type LedgerNomination,
} from './quota-ledger.ts';
export {
  assertSlotTaken,
  mayTakeSlot,
  slotChangeOf,
  slotRequest,
  type SlotChange,
  type SlotRequest,
} from './quota-slots.ts';
export { hashNationalId, MIN_HASH_KEY_BYTES, NationalId, parseNationalId } from './national-id.ts';
export {
  duplicateMatches,
  duplicateMatchOf,
  flagDuplicates,
  resolveDuplicateFlag,
  type DuplicateFlag,
  type FlagResult,
} from './duplicates.ts';
export {
  checkForeignStorageKey,
  chunkCountOf,
  chunksOf,
  CONTENT_CHUNK_BYTES,
  contentFactsOf,
  MAX_CONTENT_BYTES,
  MAX_GRPC_MESSAGE_BYTES,
  sha256Of,
  STORED_CONTENT_PREFIX,
  storedContentKey,
  type ContentFacts,
} from './document-content.ts';
export {
  ACCESS,
  authorise,
  canSeeDuplicateFlags,
  canSeePersonalData,
  canSeeRound,
  NOMINATOR,
  OPERATIONS,
  outOfScope,
  PROGRAMME_OFFICE,
  REVIEWER,
  serviceScope,
  type AccessTarget,
  type Operation,
  type Reach,
} from './access.ts';
export * from './events.ts';
export type { ImportProblem, ImportReport, ImportRowOutcome } from './imports.ts';
