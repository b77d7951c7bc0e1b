import type { Certificate } from '../domain/index.ts';
import { allow, readRecord, type Caller } from './shared/caller.ts';
import { required, type Dependencies } from './shared/dependencies.ts';
import { linkCaller } from './shared/trainee-link.ts';

/**
 * A certificate, for its holder, their organisation and the office: another organisation's is
 * ORG_SCOPE_VIOLATION (unless the caller is its holder: readRecord), a missing one NOT_FOUND.
 */
export async function getCertificate(
  deps: Dependencies,
  caller: Caller,
  id: string,
): Promise<Certificate> {
  await linkCaller(deps, caller);
  const { found } = await readRecord(deps, caller, 'GetCertificate', (scope) =>
    deps.certificates.get(scope, id),
  );
  const held = required(found, `certificate ${id}`);
  allow(caller, 'GetCertificate', { trainee: held.enrolment.trainee });
  return held.certificate;
}
