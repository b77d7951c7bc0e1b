import { sign, verify, type KeyObject } from 'node:crypto';
import type { LocalizedText } from './types.ts';

/** What a certificate's QR code states; checkable offline with the programme's published key. */
export interface CertificateClaims {
  readonly number: string;
  readonly holderName: string;
  readonly trackCode: string;
  readonly trackName: LocalizedText;
  readonly issuedOn: string;
}

/** The programme's signing key; `keyId` lets keys rotate while older certificates still verify. */
export interface CertificateSigner {
  readonly keyId: string;
  readonly privateKey: KeyObject;
}

/** The published public key of a key id, if it is one of the programme's. */
export type PublicKeyLookup = (keyId: string) => KeyObject | undefined;

/** VerifyCertificateRequest accepts no more. */
const MAX_CODE_LENGTH = 2048;
const ALGORITHM = 'EdDSA';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/**
 * A compact JWS (RFC 7515, EdDSA with Ed25519, RFC 8037) over the claims: any JOSE library can
 * check it with the public key, and it fits the verification code's alphabet [A-Za-z0-9_.-].
 */
export function signVerificationCode(claims: CertificateClaims, signer: CertificateSigner): string {
  if (signer.privateKey.asymmetricKeyType !== 'ed25519' || signer.privateKey.type !== 'private') {
    // A configuration fault, not the caller's input: no DomainError.
    throw new Error('the certificate signing key must be an Ed25519 private key');
  }
  const header = encode({ alg: ALGORITHM, kid: signer.keyId, typ: 'JWT' });
  const payload = encode({
    number: claims.number,
    holderName: claims.holderName,
    trackCode: claims.trackCode,
    trackName: { vi: claims.trackName.vi, en: claims.trackName.en },
    issuedOn: claims.issuedOn,
  });
  const signature = sign(null, Buffer.from(`${header}.${payload}`, 'ascii'), signer.privateKey);
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

/**
 * The claims of a verification code whose signature checks out with one of the programme's keys;
 * undefined for anything else (malformed, unknown key, other algorithm, tampered). Never throws:
 * the input comes from anyone on the internet.
 */
export function readVerificationCode(
  code: string,
  keys: PublicKeyLookup,
): CertificateClaims | undefined {
  if (code.length > MAX_CODE_LENGTH) return undefined;
  const parts = code.split('.');
  if (parts.length !== 3) return undefined;
  const [header = '', payload = '', signature = ''] = parts;
  try {
    const key = keyOf(decode(header), keys);
    if (key === undefined) return undefined;
    const data = Buffer.from(`${header}.${payload}`, 'ascii');
    if (!verify(null, data, key, Buffer.from(signature, 'base64url'))) return undefined;
    return claimsOf(decode(payload));
  } catch {
    return undefined;
  }
}

function decode(part: string): unknown {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

function keyOf(header: unknown, keys: PublicKeyLookup): KeyObject | undefined {
  if (!isRecord(header) || header.alg !== ALGORITHM || typeof header.kid !== 'string') {
    return undefined;
  }
  const key = keys(header.kid);
  return key?.asymmetricKeyType === 'ed25519' ? key : undefined;
}

function claimsOf(payload: unknown): CertificateClaims | undefined {
  if (!isRecord(payload)) return undefined;
  const { number, holderName, trackCode, trackName, issuedOn } = payload;
  if (typeof number !== 'string' || typeof holderName !== 'string') return undefined;
  if (typeof trackCode !== 'string' || typeof issuedOn !== 'string') return undefined;
  if (
    !isRecord(trackName) ||
    typeof trackName.vi !== 'string' ||
    typeof trackName.en !== 'string'
  ) {
    return undefined;
  }
  return {
    number,
    holderName,
    trackCode,
    trackName: { vi: trackName.vi, en: trackName.en },
    issuedOn,
  };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The link printed beside the QR code: the public verification page with the code. */
export function verificationUrl(baseUrl: string, code: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('code', code);
  return url.toString();
}
