import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCohortsConfig } from './config.ts';
import {
  readVerificationCode,
  signVerificationCode,
  type CertificateClaims,
} from './domain/index.ts';
import { loadKeys, requireCertificateKeys, requireCheckInKey } from './keys.ts';

const BASE = {
  MONGO_URL: 'mongodb://127.0.0.1:1',
  NATS_URL: 'nats://127.0.0.1:1',
  KEYCLOAK_ISSUER: 'http://127.0.0.1:1/realms/expertnet',
};
const VERIFY_URL = 'https://expertnet.example.vn/xac-minh';
const keysOf = (env: Record<string, string>) => loadKeys(loadCohortsConfig({ ...BASE, ...env }));

const claims: CertificateClaims = {
  number: 'CDS-2026-000001',
  holderName: 'Nguyễn Văn An',
  trackCode: 'CDS-EXPERT',
  trackName: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
  issuedOn: '2026-11-20',
};

describe('loadKeys', () => {
  it('leaves check-in and certificates off when their keys are unset, and says so on use', () => {
    const keys = keysOf({});
    expect(() => requireCheckInKey(keys)).toThrow(/COHORTS_CHECKIN_KEY/);
    expect(() => requireCertificateKeys(keys)).toThrow(/COHORTS_CERTIFICATE_PRIVATE_KEY/);
  });

  it('refuses a check-in key shorter than 32 bytes rather than run with it', () => {
    expect(() => keysOf({ COHORTS_CHECKIN_KEY: randomBytes(16).toString('base64') })).toThrow(
      /at least 32 bytes/,
    );
    const key = randomBytes(32);
    expect(requireCheckInKey(keysOf({ COHORTS_CHECKIN_KEY: key.toString('base64') }))).toEqual(key);
  });

  it('signs with a key given as a seed, and verifies what it signed', () => {
    const keys = requireCertificateKeys(
      keysOf({
        COHORTS_CERTIFICATE_PRIVATE_KEY: randomBytes(32).toString('base64'),
        COHORTS_CERTIFICATE_VERIFY_URL: VERIFY_URL,
      }),
    );
    const code = signVerificationCode(claims, keys.signer);
    expect(readVerificationCode(code, keys.publicKeys)).toEqual(claims);
    expect(keys.verifyUrl).toBe(VERIFY_URL);
  });

  it('reads a PEM key, also with its line breaks escaped on one line', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const keys = requireCertificateKeys(
      keysOf({
        COHORTS_CERTIFICATE_PRIVATE_KEY: pem.replaceAll('\n', '\\n'),
        COHORTS_CERTIFICATE_VERIFY_URL: VERIFY_URL,
      }),
    );
    // The key id follows from the public key, so the same key always gets the same id.
    expect(keys.signer.keyId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const code = signVerificationCode(claims, { ...keys.signer, privateKey });
    expect(readVerificationCode(code, keys.publicKeys)).toEqual(claims);
  });

  it('refuses a certificate key without a verification page, or of another kind', () => {
    const seed = randomBytes(32).toString('base64');
    expect(() => keysOf({ COHORTS_CERTIFICATE_PRIVATE_KEY: seed })).toThrow(
      /COHORTS_CERTIFICATE_VERIFY_URL/,
    );
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() =>
      keysOf({ COHORTS_CERTIFICATE_PRIVATE_KEY: pem, COHORTS_CERTIFICATE_VERIFY_URL: VERIFY_URL }),
    ).toThrow(/Ed25519/);
  });
});

describe('key rotation', () => {
  const keysWith = (seed: Buffer, retired = '') =>
    requireCertificateKeys(
      keysOf({
        COHORTS_CERTIFICATE_PRIVATE_KEY: seed.toString('base64'),
        COHORTS_CERTIFICATE_VERIFY_URL: VERIFY_URL,
        COHORTS_CERTIFICATE_RETIRED_PUBLIC_KEYS: retired,
      }),
    );

  it('still verifies a certificate signed by a key rotated out, and only with it listed', () => {
    const oldKeys = keysWith(randomBytes(32));
    const issued = signVerificationCode(claims, oldKeys.signer);
    const oldPublic = oldKeys.publicKeys(oldKeys.signer.keyId);
    const raw =
      oldPublic?.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64') ?? '';

    const rotated = keysWith(randomBytes(32), raw);
    expect(readVerificationCode(issued, rotated.publicKeys)).toEqual(claims);
    const pem = oldPublic?.export({ format: 'pem', type: 'spki' }).toString() ?? '';
    const rotatedPem = keysWith(randomBytes(32), ` ${pem.replaceAll('\n', '\\n')} ,`);
    expect(readVerificationCode(issued, rotatedPem.publicKeys)).toEqual(claims);
    // New certificates are signed with the new key, never a retired one.
    expect(rotated.signer.keyId).not.toBe(oldKeys.signer.keyId);

    const forgotten = keysWith(randomBytes(32));
    expect(readVerificationCode(issued, forgotten.publicKeys)).toBeUndefined();
  });

  it('refuses a retired key that is not an Ed25519 public key', () => {
    expect(() => keysWith(randomBytes(32), randomBytes(16).toString('base64'))).toThrow(
      /COHORTS_CERTIFICATE_RETIRED_PUBLIC_KEYS/,
    );
  });
});
