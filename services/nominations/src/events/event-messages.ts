import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { EventMessageMappers } from '@expertnet/platform';
import { NOMINATIONS_SUBJECTS, type NOMINATIONS_EVENTS } from '@expertnet/proto/events';
import {
  LocalizedTextSchema,
  OrganisationRefSchema,
} from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import {
  DuplicateCandidateFlaggedSchema,
  NominationAcceptedSchema,
  NominationFactsSchema,
  NominationRejectedSchema,
  NominationReturnedSchema,
  NominationSubmittedSchema,
  NominationWaitlistedSchema,
  NominationWithdrawnSchema,
  NomineeSchema,
  QuotaShortfallSchema,
  RoundClosedSchema,
  RoundOpenedSchema,
} from '@expertnet/proto/expertnet/nominations/v1/events_pb.ts';
import { OrganisationQuotaSchema } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type {
  LocalizedText,
  NominationFacts,
  Nominee,
  NominationsEvent,
  Quota,
} from '../domain/index.ts';
import { educationLevels, genders, nominationStatuses } from '../grpc/mapping/enums.ts';
import { duplicateMatchMessage, ledgerEntryMessage } from '../grpc/mapping/common.ts';

/**
 * Each subject's payload as the message events.proto names for it, built with `create` so the
 * compiler checks every field name and type against the contract (a returned object literal
 * alone would let a misspelt field through). Organisation codes become OrganisationRefs, always
 * set even with an empty code, as the reflective mapping did; enums go through the RPCs' tables;
 * an optional id left out is the contract's ''.
 */

const organisation = (code: string) => create(OrganisationRefSchema, { code });
const text = ({ vi, en }: LocalizedText) => create(LocalizedTextSchema, { vi, en });

const nomineeMessage = (nominee: Nominee) =>
  create(NomineeSchema, {
    fullName: nominee.fullName,
    gender: genders.encode(nominee.gender),
    email: nominee.email,
    position: nominee.position,
    unit: nominee.unit,
    educationLevel: educationLevels.encode(nominee.educationLevel),
    fieldOfStudy: nominee.fieldOfStudy,
    yearsOfExperience: nominee.yearsOfExperience,
    specialties: [...nominee.specialties],
    languages: [...nominee.languages],
  });

const factsMessage = (facts: NominationFacts) =>
  create(NominationFactsSchema, {
    nominationId: facts.nominationId,
    roundId: facts.roundId,
    organisation: organisation(facts.organisationCode),
    effectiveOrganisation: organisation(facts.effectiveOrganisationCode),
    nominee: nomineeMessage(facts.nominee),
    version: facts.version,
  });

const quotaMessage = (quota: Quota) =>
  create(OrganisationQuotaSchema, {
    organisation: organisation(quota.organisationCode),
    floor: quota.floor,
    ceiling: quota.ceiling,
  });

export const eventMessages: EventMessageMappers<NominationsEvent, typeof NOMINATIONS_EVENTS> = {
  [NOMINATIONS_SUBJECTS.roundOpened]: (payload) =>
    create(RoundOpenedSchema, {
      roundId: payload.roundId,
      name: text(payload.name),
      opensAt: timestampFromDate(payload.opensAt),
      closesAt: timestampFromDate(payload.closesAt),
      quotas: payload.quotas.map(quotaMessage),
    }),
  [NOMINATIONS_SUBJECTS.roundClosed]: (payload) =>
    create(RoundClosedSchema, {
      roundId: payload.roundId,
      name: text(payload.name),
      closedAt: timestampFromDate(payload.closedAt),
      closedEarly: payload.closedEarly,
      reason: payload.reason,
      ledger: payload.ledger.map(ledgerEntryMessage),
    }),
  [NOMINATIONS_SUBJECTS.nominationSubmitted]: (payload) =>
    create(NominationSubmittedSchema, {
      nomination: factsMessage(payload.nomination),
      resubmission: payload.resubmission,
      replacesNominationId: payload.replacesNominationId ?? '',
      submittedAt: timestampFromDate(payload.submittedAt),
    }),
  [NOMINATIONS_SUBJECTS.nominationReturned]: (payload) =>
    create(NominationReturnedSchema, {
      nomination: factsMessage(payload.nomination),
      reason: payload.reason,
      officerName: payload.officerName,
      officerEmail: payload.officerEmail,
    }),
  [NOMINATIONS_SUBJECTS.nominationAccepted]: (payload) =>
    create(NominationAcceptedSchema, {
      nomination: factsMessage(payload.nomination),
      previousStatus: nominationStatuses.encode(payload.previousStatus),
      reason: payload.reason,
      averageScore: payload.averageScore,
      decidedAt: timestampFromDate(payload.decidedAt),
    }),
  [NOMINATIONS_SUBJECTS.nominationRejected]: (payload) =>
    create(NominationRejectedSchema, {
      nomination: factsMessage(payload.nomination),
      previousStatus: nominationStatuses.encode(payload.previousStatus),
      reason: payload.reason,
      decidedAt: timestampFromDate(payload.decidedAt),
    }),
  [NOMINATIONS_SUBJECTS.nominationWaitlisted]: (payload) =>
    create(NominationWaitlistedSchema, {
      nomination: factsMessage(payload.nomination),
      previousStatus: nominationStatuses.encode(payload.previousStatus),
      reason: payload.reason,
      decidedAt: timestampFromDate(payload.decidedAt),
    }),
  [NOMINATIONS_SUBJECTS.nominationWithdrawn]: (payload) =>
    create(NominationWithdrawnSchema, {
      nomination: factsMessage(payload.nomination),
      previousStatus: nominationStatuses.encode(payload.previousStatus),
      reason: payload.reason,
      replacedByNominationId: payload.replacedByNominationId ?? '',
    }),
  [NOMINATIONS_SUBJECTS.quotaShortfall]: (payload) =>
    create(QuotaShortfallSchema, {
      roundId: payload.roundId,
      roundName: text(payload.roundName),
      organisation: organisation(payload.organisationCode),
      floor: payload.floor,
      submitted: payload.submitted,
      shortfall: payload.shortfall,
      closesAt: timestampFromDate(payload.closesAt),
      daysBeforeClose: payload.daysBeforeClose,
    }),
  [NOMINATIONS_SUBJECTS.duplicateFlagged]: (payload) =>
    create(DuplicateCandidateFlaggedSchema, {
      flagId: payload.flagId,
      matches: payload.matches.map(duplicateMatchMessage),
    }),
};
