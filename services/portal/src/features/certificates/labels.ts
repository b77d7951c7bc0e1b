import type { MessageKey } from '../../i18n/i18n.tsx';
import type { CertificateStatus } from './certificate-logic.ts';

export const CERTIFICATE_STATUS: Readonly<Record<CertificateStatus, MessageKey>> = {
  CERTIFICATE_STATUS_UNSPECIFIED: 'certificates.status.unspecified',
  CERTIFICATE_STATUS_VALID: 'certificates.status.valid',
  CERTIFICATE_STATUS_REVOKED: 'certificates.status.revoked',
};

export const CERTIFICATE_TONE: Readonly<Record<CertificateStatus, 'neutral' | 'good' | 'bad'>> = {
  CERTIFICATE_STATUS_UNSPECIFIED: 'neutral',
  CERTIFICATE_STATUS_VALID: 'good',
  CERTIFICATE_STATUS_REVOKED: 'bad',
};
