import { fromPlain, toPlain, type Plain, type Principal } from '@expertnet/platform';
import {
  CandidateSchema,
  DuplicateFlagSchema,
  IntakeRoundSchema,
  NominatingOfficerSchema,
  NominationRevisionSchema,
  NominationSchema,
  QuotaLedgerEntrySchema,
  RoundSettingsSchema,
  type Candidate as CandidateMessage,
  type NominatingOfficer as OfficerMessage,
  type RoundSettings as RoundSettingsMessage,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  canSeeDuplicateFlags,
  canSeePersonalData,
  NOMINATOR,
  PROGRAMME_OFFICE,
  type Candidate,
  type DuplicateFlag,
  type NominatingOfficer,
  type Nomination,
  type NominationRevision,
  type QuotaLedgerEntry,
  type Round,
  type RoundSettings,
} from '../domain/index.ts';
import { resolveOrganisation } from './context.ts';

/**
 * Contract messages <-> domain objects. The domain mirrors the contract (see the kit's plain.ts),
 * so this file only says what differs and what a caller may not see.
 */
const plain = (value: object) => value as Plain;

export const candidateOf = (message: CandidateMessage) =>
  toPlain(message, CandidateSchema) as unknown as Candidate;

export const officerOf = (message: OfficerMessage) =>
  toPlain(message, NominatingOfficerSchema) as unknown as NominatingOfficer;

/** The contract's zero values mean "rule not set"; the domain says so with undefined. */
const unlessZero = <T>(value: T) => (value === 0 || value === '' ? undefined : value);

export const roundSettingsOf = (message: RoundSettingsMessage) => {
  const settings = toPlain(message, RoundSettingsSchema);
  const rules = (settings.eligibility ?? {}) as Record<string, unknown>;
  return {
    ...settings,
    eligibility: {
      ...rules,
      employmentTypes: rules.employmentTypes ?? [],
      minYearsOfService: unlessZero(rules.minYearsOfService),
      maxAge: unlessZero(rules.maxAge),
      ageReferenceDate: unlessZero(rules.ageReferenceDate),
    },
  } as unknown as RoundSettings;
};

export const roundMessage = (round: Round) => fromPlain(IntakeRoundSchema, plain(round));

export const ledgerEntryMessage = (entry: QuotaLedgerEntry) =>
  fromPlain(QuotaLedgerEntrySchema, plain(entry));

export const flagMessage = (flag: DuplicateFlag) => fromPlain(DuplicateFlagSchema, plain(flag));

/** Date of birth and phone only for the nominating organisation and the programme office. */
const withoutPersonalData = (candidate: Candidate): Candidate => ({
  ...candidate,
  dateOfBirth: '',
  phone: '',
});

/** A nomination as `principal` may see it. */
export function nominationMessage(nomination: Nomination, principal: Principal) {
  const personal = canSeePersonalData(principal, nomination.organisationCode, resolveOrganisation);
  // Reviews are the office's and reviewers' working notes, not the nominator's.
  const seesReviews = !principal.roles.has(NOMINATOR) || principal.roles.has(PROGRAMME_OFFICE);
  return fromPlain(
    NominationSchema,
    plain({
      ...nomination,
      candidate: personal ? nomination.candidate : withoutPersonalData(nomination.candidate),
      reviews: seesReviews ? nomination.reviews : [],
      duplicateFlagIds: canSeeDuplicateFlags(principal) ? nomination.duplicateFlagIds : [],
    }),
  );
}

export function revisionMessage(
  revision: NominationRevision,
  nomination: Nomination,
  principal: Principal,
) {
  const personal = canSeePersonalData(principal, nomination.organisationCode, resolveOrganisation);
  const shown = (candidate: Candidate | undefined) =>
    candidate === undefined || personal ? candidate : withoutPersonalData(candidate);
  return fromPlain(
    NominationRevisionSchema,
    plain({
      ...revision,
      candidateBefore: shown(revision.candidateBefore),
      candidateAfter: shown(revision.candidateAfter),
    }),
  );
}
