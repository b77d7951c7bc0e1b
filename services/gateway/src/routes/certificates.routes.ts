import { serviceRoutes, type RpcRoute } from './rpc-route.ts';

const tag = 'certificates';

export const CERTIFICATE_ROUTES: readonly RpcRoute[] = serviceRoutes('cohorts', [
  {
    method: 'GET',
    url: '/certificates',
    rpc: 'listCertificates',
    tag,
    summary: 'Certificates by cohort, organisation or status',
  },
  {
    method: 'GET',
    url: '/certificates/:certificateId',
    rpc: 'getCertificate',
    tag,
    summary: 'One certificate (its holder, their organisation and the programme office)',
  },
  {
    method: 'POST',
    url: '/certificates/:certificateId/revoke',
    rpc: 'revokeCertificate',
    tag,
    summary: 'Revoke a certificate, with a reason (programme office)',
  },
]);

/**
 * Routes anyone may call, without a token. `code` is the parameter of the verification link the
 * service prints beside the certificate's QR code, so the link can point here.
 */
export const PUBLIC_CERTIFICATE_ROUTES: readonly RpcRoute[] = serviceRoutes('cohorts', [
  {
    method: 'GET',
    url: '/public/certificates/verify',
    rpc: 'verifyCertificate',
    queryNames: { code: 'verificationCode' },
    requiredQuery: ['code'],
    tag,
    summary:
      'Check a certificate by its verification code, without signing in: only what the certificate itself shows',
  },
]);
