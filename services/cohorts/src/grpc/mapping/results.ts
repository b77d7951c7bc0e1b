import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  AssessmentResultSchema,
  AttendanceRecordSchema,
  CertificateSchema,
  GetCheckInCodeResponseSchema,
  GraduationOutcomeSchema,
  VerifyCertificateResponseSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type {
  AssessmentResult,
  AttendanceRecord,
  Certificate,
  CheckInCode,
  VerificationAnswer,
} from '../../domain/index.ts';
import type { TraineeGraduation } from '../../usecases/graduate-trainees.ts';
import {
  attendanceSources,
  attendanceStatuses,
  certificateStatuses,
  requirementMessage,
  timestamp,
  verificationResults,
} from './common.ts';

export const checkInCodeMessage = (code: CheckInCode) =>
  create(GetCheckInCodeResponseSchema, {
    code: code.code,
    validFrom: timestampFromDate(code.validFrom),
    validUntil: timestampFromDate(code.validUntil),
    rotationSeconds: code.rotationSeconds,
    windowOpensAt: timestampFromDate(code.windowOpensAt),
    windowClosesAt: timestampFromDate(code.windowClosesAt),
  });

export const verificationMessage = (answer: VerificationAnswer) =>
  create(VerifyCertificateResponseSchema, {
    result: verificationResults.encode(answer.result),
    number: answer.number,
    holderName: answer.holderName,
    trackName: answer.trackName && { ...answer.trackName },
    issuedOn: answer.issuedOn,
    revokedAt: answer.revokedAt && timestampFromDate(answer.revokedAt),
    revocationReason: answer.revocationReason,
  });

export const graduationMessage = (outcome: TraineeGraduation) =>
  create(GraduationOutcomeSchema, {
    enrolmentId: outcome.enrolmentId,
    graduated: outcome.graduated,
    certificate: outcome.certificate && certificateMessage(outcome.certificate),
    unmet: (outcome.unmet ?? []).map(requirementMessage),
  });

export const recordMessage = (record: AttendanceRecord) =>
  create(AttendanceRecordSchema, {
    ...record,
    status: attendanceStatuses.encode(record.status),
    source: attendanceSources.encode(record.source),
    recordedAt: timestamp(record.recordedAt),
  });

/** An attempt; where it is stored it also names its cohort, which the contract leaves out. */
export const assessmentMessage = (result: AssessmentResult) =>
  create(AssessmentResultSchema, {
    enrolmentId: result.enrolmentId,
    moduleCode: result.moduleCode,
    score: result.score,
    passed: result.passed,
    attempt: result.attempt,
    comment: result.comment,
    assessedBy: result.assessedBy,
    assessedAt: timestamp(result.assessedAt),
  });

export const certificateMessage = (certificate: Certificate) =>
  create(CertificateSchema, {
    id: certificate.id,
    number: certificate.number,
    enrolmentId: certificate.enrolmentId,
    holderName: certificate.holderName,
    organisation: { code: certificate.organisationCode },
    trackCode: certificate.trackCode,
    trackName: { ...certificate.trackName },
    cohortName: { ...certificate.cohortName },
    issuedOn: certificate.issuedOn,
    verificationCode: certificate.verificationCode,
    verificationUrl: certificate.verificationUrl,
    status: certificateStatuses.encode(certificate.status),
    revokedAt: timestamp(certificate.revokedAt),
    revocationReason: certificate.revocationReason,
  });
