import type { components } from '../../api/gen/schema.ts';

export type Certificate = components['schemas']['Certificate'];
export type CertificateStatus = NonNullable<Certificate['status']>;
export type CertificateFilterStatus = Exclude<CertificateStatus, 'CERTIFICATE_STATUS_UNSPECIFIED'>;

/**
 * What the certificate's QR code opens: the address the API gives (its public verification page),
 * else this portal's own verification page with the code.
 */
export function verificationTarget(certificate: Certificate, origin: string): string {
  const url = certificate.verificationUrl ?? '';
  if (url !== '') return url;
  const code = certificate.verificationCode ?? '';
  return `${origin}/verify?${new URLSearchParams({ code }).toString()}`;
}

/** Whether the office may still revoke it. */
export const revocable = (certificate: Certificate) =>
  certificate.status === 'CERTIFICATE_STATUS_VALID';
