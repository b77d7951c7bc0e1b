import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicKeys, SIGNER } from '../../test/fixtures.ts';
import {
  readVerificationCode,
  signVerificationCode,
  verificationUrl,
  type CertificateClaims,
} from './verification-code.ts';

const claims: CertificateClaims = {
  number: 'CDS-2025-000123',
  holderName: 'Nguyễn Thị Thu Hà',
  trackCode: 'CDS-EXPERT',
  trackName: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
  issuedOn: '2025-11-29',
};

const code = signVerificationCode(claims, SIGNER);
const [header = '', payload = '', signature = ''] = code.split('.');
const json = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const part = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('signVerificationCode', () => {
  it('is a compact JWS in the verification code alphabet, naming its key', () => {
    expect(code).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(json(header)).toEqual({ alg: 'EdDSA', kid: 'cds-2025', typ: 'JWT' });
    expect(json(payload)).toEqual(claims);
    expect(code.length).toBeLessThan(2048);
  });

  it('refuses a key that is not an Ed25519 private key', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => signVerificationCode(claims, { keyId: 'x', privateKey })).toThrow(/Ed25519/);
  });
});

describe('readVerificationCode', () => {
  it('gives back the claims, Vietnamese names intact', () => {
    expect(readVerificationCode(code, publicKeys)).toEqual(claims);
  });

  it.each<[string, () => string]>([
    [
      'a changed holder name',
      () => `${header}.${part({ ...claims, holderName: 'Người khác' })}.${signature}`,
    ],
    [
      'a signature of another key',
      () => {
        const { privateKey } = generateKeyPairSync('ed25519');
        return signVerificationCode(claims, { keyId: 'cds-2025', privateKey });
      },
    ],
    [
      'an unknown key id',
      () => {
        const { privateKey } = generateKeyPairSync('ed25519');
        return signVerificationCode(claims, { keyId: 'forged', privateKey });
      },
    ],
    ['alg "none"', () => `${part({ alg: 'none', kid: 'cds-2025' })}.${payload}.`],
    [
      'another algorithm over the same bytes',
      () => `${part({ alg: 'HS256', kid: 'cds-2025' })}.${payload}.${signature}`,
    ],
    ['two parts', () => `${header}.${payload}`],
    ['garbage', () => 'not-a-token-at-all-really'],
    [
      'a payload that is not claims',
      () => {
        const body = part({ number: 1 });
        const bytes = Buffer.from(`${header}.${body}`, 'ascii');
        return `${header}.${body}.${sign(null, bytes, SIGNER.privateKey).toString('base64url')}`;
      },
    ],
    ['a code over 2048 characters', () => `${code}${'A'.repeat(2048)}`],
  ])('is undefined for %s', (_case, forge) => {
    expect(readVerificationCode(forge(), publicKeys)).toBeUndefined();
  });
});

describe('verificationUrl', () => {
  it('adds the code as a query parameter', () => {
    expect(verificationUrl('https://expertnet.gov.vn/xac-minh', 'a.b.c')).toBe(
      'https://expertnet.gov.vn/xac-minh?code=a.b.c',
    );
  });
});
