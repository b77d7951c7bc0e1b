import {
  readVerificationCode,
  serviceScope,
  verificationAnswer,
  type VerificationAnswer,
} from '../domain/index.ts';
import { requireCertificateKeys } from '../keys.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';

/**
 * Public in the contract. The kit's server authenticates every call, so the gateway's public
 * route calls this with its service token; the answer shows only what the certificate shows.
 * The number is looked up across every organisation, whoever asks (as before organisation
 * scopes): a nominator verifying another organisation's certificate must not be told it is not
 * genuine, and the answer shows nothing beyond the certificate itself.
 */
export async function verifyCertificate(
  deps: Dependencies,
  caller: Caller,
  verificationCode: string,
): Promise<VerificationAnswer> {
  allow(caller, 'VerifyCertificate');
  const keys = requireCertificateKeys(deps.keys);
  const claims = readVerificationCode(verificationCode, keys.publicKeys);
  const stored = claims && (await deps.certificates.byNumber(serviceScope(), claims.number));
  return verificationAnswer(claims, stored?.certificate);
}
