import { describe, expect, it } from 'vitest';
import { certificateNumber, revokeCertificate, verificationAnswer } from './certificates.ts';
import { aContext, anEnrolment, aTrainee, caught } from '../../test/fixtures.ts';
import type { Certificate } from './types.ts';

const certificate: Certificate = {
  id: 'cert-1',
  number: 'CDS-2025-000123',
  enrolmentId: anEnrolment().id,
  holderName: 'Nguyễn Thị Thu Hà',
  organisationCode: 'BKHCN',
  trackCode: 'CDS-EXPERT',
  trackName: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
  cohortName: { vi: 'Khóa 1 - Hà Nội', en: 'Cohort 1 - Hanoi' },
  issuedOn: '2025-11-29',
  verificationCode: 'h.p.s',
  verificationUrl: 'https://expertnet.gov.vn/xac-minh?code=h.p.s',
  status: 'valid',
  revocationReason: '',
};
const claims = {
  number: certificate.number,
  holderName: certificate.holderName,
  trackCode: certificate.trackCode,
  trackName: certificate.trackName,
  issuedOn: certificate.issuedOn,
};
const NOW = new Date('2026-01-10T03:00:00Z');

describe('certificateNumber', () => {
  it.each<[number, string, string]>([
    [123, '2025-11-29', 'CDS-2025-000123'],
    [1, '2026-01-01', 'CDS-2026-000001'],
    [1_234_567, '2025-11-29', 'CDS-2025-1234567'],
  ])('sequence %i issued on %s is %s', (sequence, issuedOn, number) => {
    expect(certificateNumber(sequence, issuedOn)).toBe(number);
  });

  it('refuses a sequence that is not a positive integer', () => {
    expect(() => certificateNumber(0, '2025-11-29')).toThrow(RangeError);
    expect(() => certificateNumber(1.5, '2025-11-29')).toThrow(RangeError);
  });
});

describe('revokeCertificate', () => {
  it('revokes with the reason and tells consumers whose it was', () => {
    const enrolment = anEnrolment({
      status: 'graduated',
      trainee: aTrainee({ organisationCode: 'P-OLD' }),
    });
    const change = revokeCertificate(
      certificate,
      enrolment,
      ' Gian lận bài kiểm tra ',
      aContext({ now: NOW }),
    );
    expect(change.certificate).toMatchObject({
      status: 'revoked',
      revokedAt: NOW,
      revocationReason: 'Gian lận bài kiểm tra',
    });
    expect(change.events).toEqual([
      {
        type: 'cohorts.certificate.revoked',
        orgCode: 'P-NEW',
        payload: {
          certificateId: 'cert-1',
          number: 'CDS-2025-000123',
          enrolmentId: enrolment.id,
          traineeUserSubject: 'trainee-1',
          reason: 'Gian lận bài kiểm tra',
          revokedAt: NOW,
        },
      },
    ]);
  });

  it('refuses revoking twice and a reason under 5 characters', () => {
    const { certificate: revoked } = revokeCertificate(
      certificate,
      anEnrolment(),
      'Gian lận',
      aContext({ now: NOW }),
    );
    expect(
      caught(() => revokeCertificate(revoked, anEnrolment(), 'Gian lận', aContext())).code,
    ).toBe('CERTIFICATE_ALREADY_REVOKED');
    expect(
      caught(() => revokeCertificate(certificate, anEnrolment(), 'Sai', aContext())).code,
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('verificationAnswer', () => {
  it('shows only what the certificate shows when valid', () => {
    expect(verificationAnswer(claims, certificate)).toEqual({
      result: 'valid',
      number: 'CDS-2025-000123',
      holderName: 'Nguyễn Thị Thu Hà',
      trackName: certificate.trackName,
      issuedOn: '2025-11-29',
      revokedAt: undefined,
      revocationReason: '',
    });
  });

  it('says when and why a certificate was revoked', () => {
    const revoked: Certificate = {
      ...certificate,
      status: 'revoked',
      revokedAt: NOW,
      revocationReason: 'Gian lận',
    };
    expect(verificationAnswer(claims, revoked)).toMatchObject({
      result: 'revoked',
      revokedAt: NOW,
      revocationReason: 'Gian lận',
    });
  });

  it.each<[string, typeof claims | undefined, Certificate | undefined]>([
    ['a signature that does not check out', undefined, certificate],
    ['no certificate under that number', claims, undefined],
    ['claims differing from the certificate', { ...claims, holderName: 'Người khác' }, certificate],
  ])('is not genuine for %s, showing nothing', (_case, given, stored) => {
    expect(verificationAnswer(given, stored)).toEqual({
      result: 'not-genuine',
      number: '',
      holderName: '',
      issuedOn: '',
      revocationReason: '',
    });
  });
});
