import type { components } from '../../api/gen/schema.ts';

/** The API's types these screens use, named once. */
export type Nomination = components['schemas']['Nomination'];
export type Candidate = components['schemas']['Candidate'];
export type Officer = components['schemas']['NominatingOfficer'];
export type Round = components['schemas']['IntakeRound'];
export type LedgerEntry = components['schemas']['QuotaLedgerEntry'];
export type NominationStatus = Exclude<
  NonNullable<Nomination['status']>,
  'NOMINATION_STATUS_UNSPECIFIED'
>;
export type OrganisationCode = components['schemas']['OrganisationRef']['code'];
export type DocumentKind = Exclude<
  NonNullable<components['schemas']['Document']['kind']>,
  'DOCUMENT_KIND_UNSPECIFIED'
>;
export type Gender = Candidate['gender'];
export type EmploymentType = Candidate['employmentType'];
export type EducationLevel = Candidate['educationLevel'];
export type RoundStatus = Exclude<NonNullable<Round['status']>, 'ROUND_STATUS_UNSPECIFIED'>;
