import { create } from '@bufbuild/protobuf';
import { resolveOrganisation, type Principal } from '@expertnet/platform';
import {
  NominationRevisionSchema,
  NominationSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  canSeeDuplicateFlags,
  canSeePersonalData,
  NOMINATOR,
  PROGRAMME_OFFICE,
  type Candidate,
  type Nomination,
  type NominationRevision,
} from '../../domain/index.ts';
import {
  decisionOutcomes,
  documentKinds,
  educationLevels,
  eligibilityReasons,
  employmentTypes,
  genders,
  nominationStatuses,
} from './enums.ts';
import { timestamp } from './common.ts';

/** Nominations and their revisions as contract messages, as much as the caller may see. */
const candidateMessage = (candidate: Candidate) => ({
  ...candidate,
  gender: genders.encode(candidate.gender),
  employmentType: employmentTypes.encode(candidate.employmentType),
  educationLevel: educationLevels.encode(candidate.educationLevel),
  specialties: [...candidate.specialties],
  languages: [...candidate.languages],
  priorTrainings: candidate.priorTrainings.map((training) => ({ ...training })),
});

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
  const { candidate, decision } = nomination;
  return create(NominationSchema, {
    id: nomination.id,
    roundId: nomination.roundId,
    organisation: { code: nomination.organisationCode },
    effectiveOrganisation: { code: nomination.effectiveOrganisationCode },
    status: nominationStatuses.encode(nomination.status),
    candidate: candidateMessage(personal ? candidate : withoutPersonalData(candidate)),
    officer: { ...nomination.officer },
    documents: nomination.documents.map((document) => ({
      ...document,
      kind: documentKinds.encode(document.kind),
      sizeBytes: BigInt(document.sizeBytes),
      uploadedAt: timestamp(document.uploadedAt),
    })),
    eligibility: {
      eligible: nomination.eligibility.eligible,
      findings: nomination.eligibility.findings.map((finding) => ({
        reason: eligibilityReasons.encode(finding.reason),
        message: finding.message,
      })),
    },
    reviews: (seesReviews ? nomination.reviews : []).map((review) => ({
      ...review,
      scores: review.scores.map((score) => ({ ...score })),
      scoredAt: timestamp(review.scoredAt),
    })),
    averageScore: nomination.averageScore,
    decision: decision && {
      ...decision,
      outcome: decisionOutcomes.encode(decision.outcome),
      decidedAt: timestamp(decision.decidedAt),
    },
    returnReason: nomination.returnReason,
    withdrawalReason: nomination.withdrawalReason,
    replacesNominationId: nomination.replacesNominationId ?? '',
    replacedByNominationId: nomination.replacedByNominationId ?? '',
    duplicateFlagIds: canSeeDuplicateFlags(principal) ? [...nomination.duplicateFlagIds] : [],
    version: nomination.version,
    createdBy: nomination.createdBy,
    createdAt: timestamp(nomination.createdAt),
    updatedAt: timestamp(nomination.updatedAt),
    submittedAt: timestamp(nomination.submittedAt),
  });
}

export function revisionMessage(
  revision: NominationRevision,
  nomination: Nomination,
  principal: Principal,
) {
  const personal = canSeePersonalData(principal, nomination.organisationCode, resolveOrganisation);
  const shown = (candidate: Candidate | undefined) =>
    candidate === undefined
      ? undefined
      : candidateMessage(personal ? candidate : withoutPersonalData(candidate));
  const { actor } = revision;
  return create(NominationRevisionSchema, {
    version: revision.version,
    actor: {
      subject: actor.subject,
      orgCode: actor.orgCode,
      roles: [...actor.roles],
      service: actor.service ?? '',
    },
    at: timestamp(revision.at),
    action: revision.action,
    statusBefore:
      revision.statusBefore === undefined ? 0 : nominationStatuses.encode(revision.statusBefore),
    statusAfter: nominationStatuses.encode(revision.statusAfter),
    changedFields: [...revision.changedFields],
    candidateBefore: shown(revision.candidateBefore),
    candidateAfter: shown(revision.candidateAfter),
    note: revision.note,
  });
}
