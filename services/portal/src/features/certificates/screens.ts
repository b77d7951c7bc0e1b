import { lazy } from 'react';
import type { Screen } from '../../app/screens.ts';

export const SCREENS: readonly Screen[] = [
  {
    // The address a certificate's QR code carries (COHORTS_CERTIFICATE_VERIFY_URL): no sign-in.
    path: '/verify',
    component: lazy(() => import('./VerifyCertificate.tsx')),
    public: true,
  },
];
