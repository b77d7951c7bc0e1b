import { lazy } from 'react';
import type { Screen } from '../../app/screens.ts';

/** The office, the holder's nominating organisation and the holder (the API narrows each). */
const READERS = ['programme-office', 'nominator', 'expert'] as const;

export const SCREENS: readonly Screen[] = [
  {
    // The address a certificate's QR code carries (COHORTS_CERTIFICATE_VERIFY_URL): no sign-in.
    path: '/verify',
    component: lazy(() => import('./VerifyCertificate.tsx')),
    public: true,
  },
  {
    path: '/certificates',
    component: lazy(() => import('./CertificateList.tsx')),
    roles: READERS,
    nav: { section: 'cohorts', label: 'certificates.nav.list' },
    homeTask: { label: 'certificates.task.list', description: 'certificates.task.listDescription' },
  },
  {
    path: '/certificates/:certificateId',
    component: lazy(() => import('./CertificateDetail.tsx')),
    roles: READERS,
  },
  {
    path: '/certificates/:certificateId/print',
    component: lazy(() => import('./CertificatePrint.tsx')),
    roles: READERS,
  },
];
