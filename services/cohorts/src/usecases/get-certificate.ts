import type { Certificate } from '../domain/index.ts';
import { allow, type Caller } from './caller.ts';
import { required, type Dependencies } from './dependencies.ts';
import { linkCaller } from './trainee-link.ts';

/** A certificate, for its holder, their organisation and the office. */
export async function getCertificate(
  deps: Dependencies,
  caller: Caller,
  id: string,
): Promise<Certificate> {
  await linkCaller(deps, caller);
  const held = required(await deps.certificates.get(caller.scope, id), `certificate ${id}`);
  allow(caller, 'GetCertificate', { trainee: held.enrolment.trainee });
  return held.certificate;
}
