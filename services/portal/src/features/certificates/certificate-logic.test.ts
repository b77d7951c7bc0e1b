import { describe, expect, it } from 'vitest';
import { revocable, verificationTarget } from './certificate-logic.ts';

describe('certificates', () => {
  it('puts the API’s verification address in the QR code', () => {
    expect(
      verificationTarget(
        { verificationUrl: 'https://expertnet.vn/verify?code=AB12', verificationCode: 'AB12' },
        'https://portal.local',
      ),
    ).toBe('https://expertnet.vn/verify?code=AB12');
  });

  it('falls back to this portal’s verification page', () => {
    expect(verificationTarget({ verificationCode: 'AB 12' }, 'https://portal.local')).toBe(
      'https://portal.local/verify?code=AB+12',
    );
  });

  it('revokes only valid certificates', () => {
    expect(revocable({ status: 'CERTIFICATE_STATUS_VALID' })).toBe(true);
    expect(revocable({ status: 'CERTIFICATE_STATUS_REVOKED' })).toBe(false);
  });
});
