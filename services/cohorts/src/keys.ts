import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { DomainError } from '@expertnet/platform';
import type { CohortsConfig } from './config.ts';
import {
  MIN_CHECK_IN_KEY_BYTES,
  type CertificateSigner,
  type PublicKeyLookup,
} from './domain/index.ts';

/** What signing certificates and checking their codes need. */
export interface CertificateKeys {
  readonly signer: CertificateSigner;
  readonly publicKeys: PublicKeyLookup;
  readonly verifyUrl: string;
}

/** The service's secrets; undefined when not configured (the features needing them refuse). */
export interface ServiceKeys {
  readonly checkIn: Uint8Array | undefined;
  readonly certificates: CertificateKeys | undefined;
}

/** DER prefix of a PKCS#8 Ed25519 private key, followed by the 32-byte seed (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SEED_BYTES = 32;

/**
 * Reads the keys from configuration. A key that is set but malformed stops the start (a typo must
 * not run unnoticed); an unset one leaves its features off, so enrolment can run without them.
 */
export function loadKeys(config: CohortsConfig): ServiceKeys {
  return {
    checkIn: checkInKeyOf(config.checkInKey),
    certificates: certificateKeysOf(
      config.certificatePrivateKey,
      config.certificateVerifyUrl,
      config.certificateRetiredPublicKeys,
    ),
  };
}

function checkInKeyOf(text: string): Uint8Array | undefined {
  if (text === '') return undefined;
  const key = Buffer.from(text, 'base64');
  if (key.length < MIN_CHECK_IN_KEY_BYTES) {
    throw new Error(`COHORTS_CHECKIN_KEY must hold at least ${MIN_CHECK_IN_KEY_BYTES} bytes`);
  }
  return key;
}

function certificateKeysOf(
  text: string,
  verifyUrl: string,
  retiredText: string,
): CertificateKeys | undefined {
  if (text === '') return undefined;
  if (!URL.canParse(verifyUrl)) {
    throw new Error('COHORTS_CERTIFICATE_VERIFY_URL must be a URL when a certificate key is set');
  }
  const privateKey = privateKeyOf(text);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error('COHORTS_CERTIFICATE_PRIVATE_KEY must be an Ed25519 key');
  }
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  // A certificate names the key that signed it, so the current key and every retired one verify.
  const verifying = new Map([[keyId, publicKey], ...retiredKeysOf(retiredText)]);
  return {
    signer: { keyId, privateKey },
    publicKeys: (id) => verifying.get(id),
    verifyUrl,
  };
}

/** DER prefix of an SPKI Ed25519 public key, followed by its 32 bytes (RFC 8410). */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function retiredKeysOf(text: string): [string, KeyObject][] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const pem = item.replaceAll('\\n', '\n');
      const raw = Buffer.from(item, 'base64');
      if (!pem.includes('-----BEGIN') && raw.length !== SEED_BYTES) {
        throw new Error(
          'COHORTS_CERTIFICATE_RETIRED_PUBLIC_KEYS must hold SPKI PEM keys or base64 of 32-byte Ed25519 keys',
        );
      }
      const key = pem.includes('-----BEGIN')
        ? createPublicKey(pem)
        : createPublicKey({
            key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
            format: 'der',
            type: 'spki',
          });
      if (key.asymmetricKeyType !== 'ed25519') {
        throw new Error('COHORTS_CERTIFICATE_RETIRED_PUBLIC_KEYS must hold Ed25519 keys');
      }
      return [keyIdOf(key), key];
    });
}

function privateKeyOf(text: string): KeyObject {
  // Secret stores and .env files often carry a PEM on one line with literal "\n".
  const pem = text.replaceAll('\\n', '\n');
  if (pem.includes('-----BEGIN')) return createPrivateKey(pem);
  const seed = Buffer.from(text, 'base64');
  if (seed.length !== SEED_BYTES) {
    throw new Error(
      'COHORTS_CERTIFICATE_PRIVATE_KEY must be a PEM key or base64 of a 32-byte seed',
    );
  }
  return createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

/** Derived from the public key, so a rotated key gets a new id without configuring one. */
const keyIdOf = (publicKey: KeyObject) =>
  createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('base64url')
    .slice(0, 16);

export function requireCheckInKey(keys: ServiceKeys): Uint8Array {
  if (keys.checkIn !== undefined) return keys.checkIn;
  throw new DomainError(
    'failed-precondition',
    'CHECK_IN_NOT_CONFIGURED',
    'check-in codes are not configured on this service (COHORTS_CHECKIN_KEY)',
  );
}

export function requireCertificateKeys(keys: ServiceKeys): CertificateKeys {
  if (keys.certificates !== undefined) return keys.certificates;
  throw new DomainError(
    'failed-precondition',
    'CERTIFICATES_NOT_CONFIGURED',
    'certificate signing is not configured on this service (COHORTS_CERTIFICATE_PRIVATE_KEY)',
  );
}
