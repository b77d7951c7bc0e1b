import type { Certificate } from '../domain/index.ts';
import { allow, reached, type Caller } from './caller.ts';
import { required, type Dependencies } from './dependencies.ts';
import { linkCaller } from './trainee-link.ts';

/**
 * A certificate, for its holder, their organisation and the office: another organisation's is
 * ORG_SCOPE_VIOLATION, a missing one NOT_FOUND.
 */
export async function getCertificate(
  deps: Dependencies,
  caller: Caller,
  id: string,
): Promise<Certificate> {
  await linkCaller(deps, caller);
  const found = await deps.certificates.get(caller.scope, id);
  const held = required(reached(caller, found, 'GetCertificate'), `certificate ${id}`);
  allow(caller, 'GetCertificate', { trainee: held.enrolment.trainee });
  return held.certificate;
}
