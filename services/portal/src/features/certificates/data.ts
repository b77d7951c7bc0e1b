import { api, call } from '../../api/client.ts';
import { collectPages, PAGE_SIZE, pageQuery } from '../../api/pages.ts';
import type { CertificateFilterStatus } from './certificate-logic.ts';

/** At most ten pages of 200, as the cohorts' lists. */
const AT_MOST = { max: 10 * PAGE_SIZE };

/** The certificates the caller may see (the office: all; a nominator: their organisation's; a holder: their own). */
export const loadCertificates = (query: {
  readonly cohortId?: string;
  readonly statuses?: CertificateFilterStatus[];
}) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/certificates', {
          params: { query: { ...query, ...pageQuery(cursor) } },
        }),
      ),
    (page) => page.certificates,
    AT_MOST,
  );

export const loadCertificate = (certificateId: string) =>
  call(api.GET('/api/v1/certificates/{certificateId}', { params: { path: { certificateId } } }));
