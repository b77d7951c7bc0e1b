import { create } from '@bufbuild/protobuf';
import { timestampDate, timestampFromDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import { invalidArgument } from '@expertnet/platform';
import {
  DuplicateFlagSchema,
  DuplicateMatchSchema,
  IntakeRoundSchema,
  QuotaLedgerEntrySchema,
  type Candidate as CandidateMessage,
  type EligibilityRules as EligibilityRulesMessage,
  type NominatingOfficer as OfficerMessage,
  type RoundSettings as RoundSettingsMessage,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  type Candidate,
  type DuplicateFlag,
  type DuplicateMatch,
  type EligibilityRules,
  type NominatingOfficer,
  type QuotaLedgerEntry,
  type Round,
  type RoundSettings,
} from '../../domain/index.ts';
import {
  educationLevels,
  employmentTypes,
  flagStatuses,
  genders,
  nominationStatuses,
  roundStatuses,
} from './enums.ts';

/**
 * Contract messages <-> domain objects, field by field so the compiler checks both sides (rounds,
 * candidates, quotas, flags here; nominations as a caller may see them in nominations.ts).
 * Zero values of optional rules become undefined.
 */

/** A field protovalidate already required; absent only if a caller skipped validation. */
export function present<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw invalidArgument([{ field, description: 'is required' }]);
  return value;
}

const dateOf = (value: Timestamp | undefined, field: string) =>
  timestampDate(present(value, field));
export const timestamp = (value: Date | undefined) =>
  value === undefined ? undefined : timestampFromDate(value);
const text = (value: { vi: string; en: string } | undefined) => ({
  vi: value?.vi ?? '',
  en: value?.en ?? '',
});

export function candidateOf(message: CandidateMessage, field = 'candidate'): Candidate {
  return {
    fullName: message.fullName,
    dateOfBirth: message.dateOfBirth,
    gender: genders.decode(message.gender, `${field}.gender`),
    position: message.position,
    unit: message.unit,
    email: message.email,
    phone: message.phone,
    employmentType: employmentTypes.decode(message.employmentType, `${field}.employment_type`),
    educationLevel: educationLevels.decode(message.educationLevel, `${field}.education_level`),
    fieldOfStudy: message.fieldOfStudy,
    digitalBackground: message.digitalBackground,
    yearsOfService: message.yearsOfService,
    yearsOfExperience: message.yearsOfExperience,
    specialties: [...message.specialties],
    languages: [...message.languages],
    priorTrainings: message.priorTrainings.map(({ title, provider, year }) => ({
      title,
      provider,
      year,
    })),
  };
}

export const officerOf = (message: OfficerMessage): NominatingOfficer => ({
  fullName: message.fullName,
  position: message.position,
  email: message.email,
  phone: message.phone,
});

/** The contract's zero values mean "rule not set"; the domain says so with undefined. */
const unlessZero = <T>(value: T) => (value === 0 || value === '' ? undefined : value);

function eligibilityRulesOf(message: EligibilityRulesMessage): EligibilityRules {
  const field = 'settings.eligibility';
  return {
    employmentTypes: message.employmentTypes.map((type, index) =>
      employmentTypes.decode(type, `${field}.employment_types[${index}]`),
    ),
    minYearsOfService: unlessZero(message.minYearsOfService),
    maxAge: unlessZero(message.maxAge),
    ageReferenceDate: unlessZero(message.ageReferenceDate),
    minEducationLevel: educationLevels.decodeOptional(
      message.minEducationLevel,
      `${field}.min_education_level`,
    ),
    requireDigitalBackground: message.requireDigitalBackground,
    requirePriorTraining: message.requirePriorTraining,
  };
}

export const roundSettingsOf = (message: RoundSettingsMessage): RoundSettings => ({
  name: text(message.name),
  description: message.description,
  opensAt: dateOf(message.opensAt, 'settings.opens_at'),
  closesAt: dateOf(message.closesAt, 'settings.closes_at'),
  eligibility: eligibilityRulesOf(present(message.eligibility, 'settings.eligibility')),
  rubric: message.rubric.map(({ code, name, maxScore, weight }) => ({
    code,
    name: text(name),
    maxScore,
    weight,
  })),
  reminderDaysBeforeClose: [...message.reminderDaysBeforeClose],
});

export const roundMessage = (round: Round) =>
  create(IntakeRoundSchema, {
    id: round.id,
    name: round.name,
    description: round.description,
    status: roundStatuses.encode(round.status),
    opensAt: timestamp(round.opensAt),
    closesAt: timestamp(round.closesAt),
    eligibility: {
      ...round.eligibility,
      employmentTypes: round.eligibility.employmentTypes.map(employmentTypes.encode),
      minEducationLevel:
        round.eligibility.minEducationLevel === undefined
          ? 0
          : educationLevels.encode(round.eligibility.minEducationLevel),
    },
    rubric: round.rubric.map((criterion) => ({ ...criterion })),
    reminderDaysBeforeClose: [...round.reminderDaysBeforeClose],
    closedAt: timestamp(round.closedAt),
    version: round.version,
    createdAt: timestamp(round.createdAt),
    updatedAt: timestamp(round.updatedAt),
  });

/** The totals row has the organisation code ''. */
export const ledgerEntryMessage = ({ organisationCode, ...counts }: QuotaLedgerEntry) =>
  create(QuotaLedgerEntrySchema, { organisation: { code: organisationCode }, ...counts });

/** One nomination sharing a national ID hash; in a flag and in DuplicateCandidateFlagged. */
export const duplicateMatchMessage = (match: DuplicateMatch) =>
  create(DuplicateMatchSchema, {
    nominationId: match.nominationId,
    roundId: match.roundId,
    organisation: { code: match.organisationCode },
    candidateName: match.candidateName,
    status: nominationStatuses.encode(match.status),
  });

export const flagMessage = (flag: DuplicateFlag) =>
  create(DuplicateFlagSchema, {
    id: flag.id,
    status: flagStatuses.encode(flag.status),
    matches: flag.matches.map(duplicateMatchMessage),
    flaggedAt: timestamp(flag.flaggedAt),
    resolutionNote: flag.resolutionNote,
    resolvedBy: flag.resolvedBy,
    resolvedAt: timestamp(flag.resolvedAt),
  });
