import { revokeCertificate as revoked, type Certificate } from '../domain/index.ts';
import { allow, reached, type Caller } from './shared/caller.ts';
import { envelopes, eventsWrittenIn, required, type Dependencies } from './shared/dependencies.ts';

/** Revokes a certificate (the office), with CertificateRevoked in the same write. */
export async function revokeCertificate(
  deps: Dependencies,
  caller: Caller,
  input: { readonly certificateId: string; readonly reason: string },
): Promise<Certificate> {
  allow(caller, 'RevokeCertificate');
  const { context, scope } = caller;
  const id = input.certificateId;
  const found = await deps.certificates.get(scope, id);
  const held = required(reached(caller, found, 'RevokeCertificate'), `certificate ${id}`);
  const change = revoked(held.certificate, held.enrolment, input.reason, context);
  await deps.certificates.revoke(
    scope,
    held.enrolment,
    change.certificate,
    envelopes(change.events, context),
  );
  eventsWrittenIn(deps, held.enrolment.id);
  return change.certificate;
}
