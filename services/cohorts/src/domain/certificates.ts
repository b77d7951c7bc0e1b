import { DomainError, requireReason } from '@expertnet/platform';
import { EVENT_TYPES, type CertificateRevoked } from './events.ts';
import type {
  Certificate,
  ChangeContext,
  Enrolment,
  LocalizedText,
  VerificationResult,
} from './types.ts';
import type { CertificateClaims } from './verification-code.ts';

/** The programme's prefix on certificate numbers (chuyển đổi số). */
export const CERTIFICATE_PREFIX = 'CDS';

/**
 * "CDS-2025-000123": prefix, year of issue (Vietnam calendar), and the store's sequence for that
 * year, six digits at least. Numbers are never reused: a revoked certificate keeps its number.
 */
export function certificateNumber(
  sequence: number,
  issuedOn: string,
  prefix = CERTIFICATE_PREFIX,
): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`a certificate sequence must be a positive integer, not ${sequence}`);
  }
  return `${prefix}-${issuedOn.slice(0, 4)}-${String(sequence).padStart(6, '0')}`;
}

export const claimsOfCertificate = (certificate: Certificate): CertificateClaims => ({
  number: certificate.number,
  holderName: certificate.holderName,
  trackCode: certificate.trackCode,
  trackName: certificate.trackName,
  issuedOn: certificate.issuedOn,
});

export interface RevocationChange {
  readonly certificate: Certificate;
  readonly events: readonly CertificateRevoked[];
}

/**
 * Revokes a valid certificate with a reason; consumers withdraw what they derived from it (the
 * directory's verified skills). The enrolment stays graduated: the record of training is history.
 */
export function revokeCertificate(
  certificate: Certificate,
  enrolment: Enrolment,
  reason: string,
  context: ChangeContext,
): RevocationChange {
  if (certificate.enrolmentId !== enrolment.id) {
    throw new Error(`certificate ${certificate.id} is not of enrolment ${enrolment.id}`);
  }
  if (certificate.status === 'revoked') {
    throw new DomainError(
      'failed-precondition',
      'CERTIFICATE_ALREADY_REVOKED',
      `certificate ${certificate.number} was revoked on ${certificate.revokedAt?.toISOString() ?? '?'}`,
    );
  }
  const note = requireReason(reason, 5, 1000);
  const revoked: Certificate = {
    ...certificate,
    status: 'revoked',
    revokedAt: context.now,
    revocationReason: note,
  };
  const event: CertificateRevoked = {
    type: EVENT_TYPES.certificateRevoked,
    orgCode: context.resolve(enrolment.trainee.organisationCode),
    payload: {
      certificateId: certificate.id,
      number: certificate.number,
      enrolmentId: enrolment.id,
      traineeUserSubject: enrolment.trainee.userSubject,
      reason: note,
      revokedAt: context.now,
    },
  };
  return { certificate: revoked, events: [event] };
}

/** The public answer (VerifyCertificateResponse): only what the certificate itself shows. */
export interface VerificationAnswer {
  readonly result: VerificationResult;
  readonly number: string;
  readonly holderName: string;
  readonly trackName?: LocalizedText | undefined;
  readonly issuedOn: string;
  readonly revokedAt?: Date | undefined;
  readonly revocationReason: string;
}

const NOT_GENUINE: VerificationAnswer = {
  result: 'not-genuine',
  number: '',
  holderName: '',
  issuedOn: '',
  revocationReason: '',
};

/**
 * Judges a verification code from its checked claims (readVerificationCode) and the certificate
 * the store holds under that number. A signature that checks out is still not genuine when no
 * such certificate exists or its claims differ from it; nothing is shown then, so the answer
 * never confirms a guessed number.
 */
export function verificationAnswer(
  claims: CertificateClaims | undefined,
  stored: Certificate | undefined,
): VerificationAnswer {
  if (claims === undefined || stored === undefined || !matches(claims, stored)) return NOT_GENUINE;
  const revoked = stored.status === 'revoked';
  return {
    result: revoked ? 'revoked' : 'valid',
    number: stored.number,
    holderName: stored.holderName,
    trackName: stored.trackName,
    issuedOn: stored.issuedOn,
    revokedAt: revoked ? stored.revokedAt : undefined,
    revocationReason: revoked ? stored.revocationReason : '',
  };
}

function matches(claims: CertificateClaims, stored: Certificate): boolean {
  const printed = claimsOfCertificate(stored);
  return (
    claims.number === printed.number &&
    claims.holderName === printed.holderName &&
    claims.trackCode === printed.trackCode &&
    claims.issuedOn === printed.issuedOn
  );
}
